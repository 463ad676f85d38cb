using EditLint.Rules.Claims;
using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.Rules;

public class UnsupportedSuperlativeAnalyzerTests
{
    private static void Verify(string markup, params ExpectedDiagnostic[] expected) =>
        AnalyzerVerifier.Verify<UnsupportedSuperlativeAnalyzer>(markup, expected);

    private static void Verify(string markup, VerifierOptions options) =>
        AnalyzerVerifier.Verify<UnsupportedSuperlativeAnalyzer>(markup, options);

    private static VerifierOptions Settings(string json, string path = "test.md") =>
        new() { Path = path, AnalyzerOptions = ClaimRuleOptions.WithSettings(UnsupportedSuperlativeAnalyzer.Id, json) };

    /// <summary>The markup's findings, exactly; then the trap beside it, with none.</summary>
    private static void VerifyWithTrap(string markup, string trap)
    {
        Verify(markup);
        Verify(trap);
    }

    [Theory]
    [InlineData("Japan is {|EL2001:the most important|} strategic partner.")]
    [InlineData("Andrei Lankov, {|EL2001:one of the world’s leading|} North Korea experts, believes that trade will grow.")]
    [InlineData("But Russia’s {|EL2001:biggest|} contribution lies elsewhere.")]
    [InlineData("It could become an indispensable player in {|EL2001:one of Asia’s most intractable|} conflicts.")]
    [InlineData("Russia, North Korea’s {|EL2001:second most important|} strategic partner, could mediate.")]
    [InlineData("Medicare is {|EL2001:the single biggest|} contributor to the deficit.")]
    [InlineData("{|EL2001:Most notable|} among the opposition is China; most notable among them, the rest agree.")]
    [InlineData("He is {|EL2001:the best|} man for the job.")]
    [InlineData("He was Indonesia's {|EL2001:most wanted|} fugitive.")]
    [InlineData("It was {|EL2001:the longest|} night of the war.")]
    [InlineData("{|EL2001:The greatest|} nation on Earth cannot drift from crisis to crisis.")]
    [InlineData("They built {|EL2001:the largest|} dam in history.")]
    [InlineData("It made us the {|EL2001:best-educated|} nation in the world.")]
    [InlineData("Yet the terrorists' {|EL2001:most powerful|} myth is being destroyed.")]
    [InlineData("We know where to start: {|EL2001:The best|} measure of opportunity is a good job.")]
    [InlineData("The opportunity to do paid work is {|EL2001:one of the surest|} preventatives of war.")]
    public void Flags_ranked_superlatives(string markup) => Verify(markup);

    [Theory]
    [InlineData("And {|EL2001:the most common|} complaint was the noise.", "In the most confidential whispers ambassadors told of their techniques.")]
    [InlineData("Kalgoorlie is historically {|EL2001:the largest|} centre of its type.", "The firm will supply the largest stores, and the family the smallest; sprintf() is usually the easiest route.")]
    [InlineData("They found {|EL2001:the oldest|} known fossil of a flowering plant; the city is home to {|EL2001:the largest|} community outside Israel.", "They invited the best known writers and met in the largest room outside the main hall.")]
    public void Reads_past_an_adverb_in_ly_to_the_copula_but_not_past_an_opening_preposition(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("It was Putin’s {|EL2001:first-ever|} visit.")]
    [InlineData("They fought with {|EL2001:unprecedented|} resolve.")]
    [InlineData("The city has a {|EL2001:world-class|} orchestra.")]
    [InlineData("A {|EL2001:world-leading|} lab, and a world-renowned and world-famous group: fame, not a rank.")]
    [InlineData("Its reach is {|EL2001:unparalleled|}.")]
    [InlineData("It was a {|EL2001:record-breaking|} year for exports.")]
    [InlineData("Her skill is {|EL2001:second to none|}.")]
    public void Flags_peacock_terms(string markup) => Verify(markup);

    [Theory]
    [InlineData("If several options are given, the lowest minimum is used; see `opts`.")]
    [InlineData("This is the hardest choice to be made; the rest is `easy`.")]
    [InlineData("`help` lists the documentation, but here are the most useful commands:")]
    [InlineData("The most important attribute of a socket is its address.\n\n```js\nsocket.address();\n```")]
    public void Reads_the_superlatives_of_documentation_as_explaining_the_system(string text) => Verify(text);

    [Theory]
    [InlineData("It is {|EL2001:one of the most important|} new features of `perl5`.")]
    [InlineData("`JSON.parse` is {|EL2001:the fastest|} parser in the world.")]
    [InlineData("JavaScript is {|EL2001:the most popular|} language for `npm` packages.")]
    [InlineData("It was the {|EL2001:first-ever|} release of `node`.")]
    [InlineData("V8 is {|EL2001:the fastest|} engine for `node`.")]
    [InlineData("Perl is by far {|EL2001:the most portable|} language; see `perlport`.")]
    [InlineData("It is {|EL2001:the oldest|} known bug in `perl`.")]
    [InlineData("{|EL2001:Several of the largest|} modules use `XS`.")]
    [InlineData("Many of {|EL2001:the largest|} modules use `XS`.")]
    public void Flags_rankings_in_the_world_in_documentation(string markup) => Verify(markup);

    [Theory]
    [InlineData("This is {|EL2001:the hardest|} choice to be made.")]
    [InlineData("If several are given, {|EL2001:the lowest|} minimum is used.")]
    public void Flags_the_same_frames_in_a_document_without_code(string markup) => Verify(markup);

    [Theory]
    [InlineData("Not long ago \"Denver Mud\" was {|EL2001:most popular|}.", "He was most famous for his role in Brassed Off.")]
    [InlineData("E-cigarettes seem to be {|EL2001:most popular|} among adults.", "It is most common to start with the smallest.")]
    [InlineData("A few of the warning types that are {|EL2001:most common|} include:", "Most common warnings are harmless.")]
    [InlineData("Python is {|EL2001:most popular|} for data science.", "This is most common when the cache is cold.")]
    [InlineData("The format was {|EL2001:most widely used|} by banks.", "The format is most commonly used by banks.")]
    public void Flags_most_and_a_word_of_use_after_a_copula(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The Sleep Revolution is a {|EL2001:best-seller|}, and so is Britain’s {|EL2001:bestseller|}.", "The Sleep Revolution is a New York Times best-seller, and a Sunday Times bestseller too.")]
    [InlineData("Ethiopia is among the {|EL2001:least-developed|} countries.", "Ethiopia remains on the UN’s list of least-developed countries.")]
    [InlineData("Aleppo is the {|EL2001:worst-ranked|} city in the world.", "War is behind all the worst-ranked cities in the world, and all the best seats in the world were sold.")]
    [InlineData("Aid went to {|EL2001:one of the hardest-hit|} regions and to the country's {|EL2001:hardest-hit|} town.", "Debris was strewn throughout the hardest-hit areas, and jobs are scarce in the poorest parts of the EU.")]
    [InlineData("The album and its {|EL2001:chart-topping|} single were a triumph.", "He bought the compilation Chart-Topping Hits of 1980.")]
    [InlineData("It is a {|EL2001:world-leading|} laboratory with a {|EL2001:world-beating|} team.", "The cash machine has become a world-conquering piece of technology.")]
    [InlineData("It is the country's {|EL2001:top-selling|} pickup and a {|EL2001:best-selling|} novel.", "It is the country's top official, a New York Times Best-Selling Author.")]
    [InlineData("It is a {|EL2001:bestselling|} novel.", "He is a member of the Bestselling Authors Guild.")]
    [InlineData("The {|EL2001:most-viewed|} clip beat {|EL2001:the most viewed|} film in history.", "Most viewed clips are short.")]
    [InlineData("The {|EL2001:highest-grossing|} film came from a {|EL2001:world-leading|} lab.", "The high-grossing film came from a world-famed-lab, world-wide.")]
    [InlineData("The {|EL2001:fastest-growing|} city has the {|EL2001:second-largest|} bank.", "The fast-growing city has a second-rate bank.")]
    [InlineData("Losses were three times higher than in the {|EL2001:next-highest|} country.", "The next-door country and the next-generation bank came next; it is the next-best thing.")]
    public void Flags_ranking_compounds(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("It is {|EL2001:the costliest|} war and {|EL2001:the most transformative|} technology of our time.", "Interest rates at the modest forest, the nearest hospital.")]
    [InlineData("It was {|EL2001:the first pope ever|} to visit and {|EL2001:the biggest|} deal yet.", "It was the first pope to visit, the first time in years.")]
    [InlineData("The drug is {|EL2001:the first treatment of its kind|}, and the dam {|EL2001:the first of its kind|}.", "The drug is the first treatment of a kind the agency has seen.")]
    [InlineData("He is {|EL2001:the most heavily traveled|} man in the world.", "He is most likely to win, and most recently won.")]
    [InlineData("It is {|EL2001:the most used|} app, and the drug is {|EL2001:the most widely used|} treatment.", "The towns most affected by the storm were cut off, and those who suffered the most died.")]
    [InlineData("Kentucky was hit {|EL2001:the hardest|}, older people are affected {|EL2001:the most|}, and the north was hit {|EL2001:hardest|} by the storm.", "Help those who need it the most; the towns to be aided most by the bill wait, and she is voted best-on-ground.")]
    [InlineData("Aid went to Africa, the continent where the Church is growing {|EL2001:fastest|}, and to regions where resistance is {|EL2001:most prevalent|}.", "Action located where the evil is concentrated will prove most decisive, and it works where it is best placed. They reached the station, where they were questioned by a most unfriendly clerk.")]
    [InlineData("Relief has been {|EL2001:hardest|} to provide in the north, and this month has been {|EL2001:deadliest|} for the troops.", "America is strongest when it works with allies, the council is weakest in areas that vote, he was best known for it, and his failure is plainest.")]
    [InlineData("Luxembourg is {|EL2001:one of the most cash-averse|} countries in Europe, and Gaza {|EL2001:one of the most war-torn|} places on earth.", "Most part-time workers earn less than the minimum, and most self-employed people agree.")]
    [InlineData("It was {|EL2001:the windiest|} day on record, and she is {|EL2001:one of the classiest|} riders in the world.", "The forest priest rested in the west, the guest made the request, and it was the damnedest thing in the world.")]
    public void Flags_superlatives_by_their_form(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Food waste would rank as {|EL2001:the third highest|} emitter in the world if it were counted.", "If food waste were a country, it would rank as the third highest emitter in the world.")]
    [InlineData("Portugal has become {|EL2001:the second most likely|} eurozone country to require a bailout, and that is {|EL2001:the most likely|} outcome.", "Portugal is most likely to require a bailout, and it will most likely come in May.")]
    [InlineData("If we can trust that {|EL2001:most specious|} of prolusions, packed with wit, the plan is sound.", "He said that most of the players were tired, and this most recent report of his says so.")]
    [InlineData("He rose to Speaker of the House, and {|EL2001:second most powerful|} man in Washington.", "He is the second man to hold the post, and most powerful men never do.")]
    [InlineData("{|EL2001:One of the very best|} is only published here.", "The very thought of it is daunting.")]
    [InlineData("Sentencing stayed humane for {|EL2001:the most serious|} offenders in the country.", "They kept a humane approach to sentencing, even of the most serious offenders: jail terms rarely exceed ten years.")]
    [InlineData("The situations are funny, {|EL2001:the best|} of the latter being a plunge into a tank.", "The best of both worlds is rare, and even the best of government is subject to hazards.")]
    [InlineData("The fund backs {|EL2001:the richest|} of the bankers in the city.", "These are real fears faced by the richest of the rich, aid must reach the poorest of the poor, and the happiest of the happy dance.")]
    [InlineData("Bill Gates, the world's {|EL2001:richest|} man, spoke, and Ethiopia is {|EL2001:one of the world's poorest|} countries.", "The world's richest people buy property. India's wealthiest will quadruple their wealth. Forty joined the list of the world's richest. Those most affected will be the poorest.")]
    [InlineData("Musk is now the world's {|EL2001:richest|}. Musk, the world's {|EL2001:richest|}, spoke. {|EL2001:Two of the world's richest|} men met, and Monaco and Luxembourg are {|EL2001:the richest|} countries in the world.", "The summit of the world's richest countries met, and the richest 1% gained.")]
    [InlineData("Turning to Broadway, {|EL2001:the most widely acclaimed|} of the new arrivals has been recorded.", "Turning to Broadway, the most widely acclaimed plays were revived.")]
    [InlineData("Seigner is a fine actor and probably {|EL2001:the busiest|} man in the company.", "Seigner joined the company and the busiest men left it.")]
    [InlineData("Although the powers have argued for months, {|EL2001:the most important|} element is the manner of the work.", "The powers argued for months, and then the most important element was left out.")]
    [InlineData("Khrushchev was prime copy for {|EL2001:the most witty|} caricaturist of them all.", "Khrushchev was prime copy for the most witty caricaturists.")]
    [InlineData("The regime had proved itself {|EL2001:the most pro-Western|} in Africa.", "The regime proved the pro-Western case.")]
    [InlineData("For {|EL2001:the first time in history|}, the country fed itself.", "For the first time in years, the country fed itself.")]
    [InlineData("This step is really {|EL2001:the most important|} part, and the race is {|EL2001:the most daring|} event.", "Is this the most important part? The race is a daring event.")]
    [InlineData("It was {|EL2001:the oldest|} question lovers ask: how can you be sure?", "What is the most important aspect of your background?")]
    [InlineData("Her memoir was a {|EL2001:bestseller|} and the jets are {|EL2001:top-of-the-line|}.", "The tallest peak in every state will be climbed, and the best student of each class wins.")]
    [InlineData("Iodine deficiency is the world’s {|EL2001:most prevalent|} cause of brain damage.", "WHO say iodine deficiency is the world’s most prevalent cause of brain damage.")]
    [InlineData("De Ligt became {|EL2001:the youngest|} player in the final, 11 years ago.", "At the age of 17 years, De Ligt became the youngest player in the final.")]
    [InlineData("Experts consider it {|EL2001:the most likely|} cause of a conflict, and the crash left 100 hurt, making it {|EL2001:the deadliest|} disaster.", "He will most likely win, and receipts would not make it the largest; the merger didn't make it the biggest; Sol Hurok considers it the finest house.")]
    [InlineData("{|EL2001:The most likely|} contender for top-money maker is Meet the Fockers.", "The sequel will most likely open in May.")]
    [InlineData("Four Seasons is Britain's {|EL2001:largest|} care home operator, the clinic gives {|EL2001:the best|} care in the country, and it has {|EL2001:the highest|} regard for the law of any court in the land. Dr. Li gives the world's {|EL2001:best|} care, and she is the world's {|EL2001:greatest|} care worker.", "The cost is so enormous that the greatest care must be exercised and the closest scrutiny applied.")]
    [InlineData("It is {|EL2001:the most|} ever since the magazine started publishing the list 35 years ago.", "There are 493 new billionaires, the most ever; they made the most of it.")]
    [InlineData("She has won {|EL2001:the most|} world titles, and Italy has {|EL2001:the most|} world heritage sites.", "Most world leaders agree; she has won 14 world titles, the most of any swimmer. She is the most world renowned scientist in her lab.")]
    public void Flags_superlatives_in_wider_ranking_frames(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Trade is at {|EL2001:record levels|} and exports hit a {|EL2001:record high|}.", "His voting record is long; the label sold a record of her songs.")]
    [InlineData("They approved a {|EL2001:record number|} of drugs.", "They approved a record number of 187 judges, and a record $80,738 was won.")]
    [InlineData("He is {|EL2001:the veteran most friendly|} to rookies and {|EL2001:the man most firmly|} at grips with it.", "Aid went to the States most heavily affected by the storm, and to the man most people trust.")]
    [InlineData("He was {|EL2001:most dangerous|} of all to his friends. {|EL2001:Most surprising|} of all was his win. {|EL2001:Most important|} of all, of course, is renewed effort. The laboring men of the land, {|EL2001:most defenseless|} of all, will pay.", "He was most dangerous to his friends. Best of all, it is free. And best of all, it is cheap. It is fast and, best of all, it is light. Most important of all, the countries must act.")]
    [InlineData("Aid goes to the {|EL2001:hardest-hit|} countries and the {|EL2001:highest-paid|} staff.", "Aid goes to the hard-hit countries and the well-paid staff.")]
    [InlineData("It has {|EL2001:the highest|} rate of any state.", "It has the highest rate of any state, 9 percent.")]
    [InlineData("Its workforce is at a {|EL2001:50-year low|} and stocks hit {|EL2001:three-month highs|} on Friday.", "She left a four-year high school; unemployment fell to 3.5 percent, a 50-year low.")]
    [InlineData("It was {|EL2001:the first official visit by a president to the country in 21 years|}.", "For the first time in four years, profits rose in the first quarter since 2019.")]
    [InlineData("He founded {|EL2001:the first political party in American history|}; it is {|EL2001:the first group to be given such an order in modern Japanese history|}.", "She taught the first lesson in art history, for the first final in the club's history they wore red, and more routes were built since the first of July than in any period in the Department's history.")]
    [InlineData("Fauci, who's {|EL2001:the leading|} U.S. infectious disease expert, got the dose.", "The leading candidate won, and it is leading to delays.")]
    [InlineData("Russian forces launched their {|EL2001:largest|} air attack on Ukraine, including the capital, since the start of the war.", "Israel, which views Tehran as its biggest security threat, has attacked targets in Syria, where Tehran has backed the government and its forces against rebels since 2012.")]
    [InlineData("It was {|EL2001:the most dangerous|} crime ever committed by a president.", "The prosecutor alleged that it was the most dangerous crime ever committed by a president.")]
    [InlineData("The protests marked the seventh day and {|EL2001:the biggest|} so far.", "So far, aid went to the lowest income groups.")]
    [InlineData("The ships sank near Tumaco, Colombia's {|EL2001:second most-important|} Pacific port.", "It was a most-important step.")]
    [InlineData("Britain is {|EL2001:among the countries hardest|} hit by the pandemic.", "Britain is among the countries that were hit hardest, and Ely is one of the bridges leading to town.")]
    [InlineData("Their songs are amongst {|EL2001:the most famous|} works, and Ely is {|EL2001:amongst the countries hardest|} hit.", "Amongst their greatest achievements was the bridge.")]
    [InlineData("Prices rose, {|EL2001:the biggest|} jump in wholesale prices in a dozen years.", "The plan helps the lowest income groups; in ten years it will pay for itself.")]
    [InlineData("South Africa has recorded {|EL2001:the highest|} number of infections on the African continent.", "The continent has the highest number of infections, 1.5 million.")]
    [InlineData("The song was recorded by {|EL2001:several of the biggest|} artists of the time.", "Several of the latest models sold out.")]
    [InlineData("Road accidents are {|EL2001:a leading|} cause of child death.", "A leading figure spoke, and a leading edge was cut.")]
    [InlineData("The asteroid was once tentatively estimated as having {|EL2001:the highest|} potential of any asteroid to hit the Earth.", "The asteroid was once estimated by NASA as having the highest potential of any asteroid to hit the Earth.")]
    [InlineData("While France has {|EL2001:the largest|} Muslim population in Europe, only an estimated 2,000 women wear the veil; it was a calculated move, and {|EL2001:the boldest|} in history.", "The street, which Lloyds Bank has calculated is the second most expensive in Britain, is empty; the bank estimated that it was the boldest move in history.")]
    [InlineData("Egeland called the pledge {|EL2001:one of the most generous|} so far.", "Egeland recanted, adding that the pledge was one of the most generous so far.")]
    [InlineData("New York becomes the sixth and {|EL2001:largest|} state to allow it.", "New York becomes the sixth and last state to allow it.")]
    [InlineData("This is the latest and {|EL2001:largest|} of a series of protests.", "This is the latest and final version of the plan.")]
    [InlineData("He became {|EL2001:the youngest|} driver in pole position and {|EL2001:youngest|} race winner.", "Aid went to the lowest income groups and poorest families.")]
    [InlineData("It had since become {|EL2001:the most experienced and oldest|} surviving shuttle.", "It flew with their most experienced and oldest crew.")]
    [InlineData("Turner said Houston, {|EL2001:one of the largest|} U.S. cities, was recovering; Microsoft reported that Windows 7, the {|EL2001:fastest-selling|} system, sold well.", "Turner said one of the largest U.S. cities was recovering; Microsoft reported that Windows 7 was the fastest-selling system.")]
    [InlineData("Prosecutors said Isabel dos Santos, Africa's {|EL2001:richest|} woman, is also summoned.", "Prosecutors said Isabel dos Santos, Africa's richest woman according to Forbes, is also summoned.")]
    [InlineData("The minister said that in Nigeria, West Africa's {|EL2001:biggest|} economy, inflation had slowed.", "Reuters reported that in Germany, Volkswagen Group's best-selling model last year was the Golf, and that in Spain, Seat's was the Ibiza.")]
    [InlineData("The event made a small mark on São Paulo, South America’s {|EL2001:most populous|} city, but visitors said the fever was in full swing.", "The event made a small mark on São Paulo, South America’s most populous city according to the census, but visitors said the fever was in full swing.")]
    [InlineData("Turner said Houston, the {|EL2001:fourth-largest|} U.S. city, was recovering.", "Turner said the fourth-largest U.S. city was recovering. Houston, the fourth-largest U.S. city, has 2.3 million people.")]
    [InlineData("He added that Iran - the Middle East's {|EL2001:hardest-hit|} country - could buy vaccines.", "He added that Iran was the hardest-hit country in the Middle East.")]
    [InlineData("It was {|EL2001:the worst|} flooding in 80 years, and we have {|EL2001:the lowest|} combined rate of unemployment and inflation in 25 years.", "He gave the lowest income groups aid in two weeks, and we will pick the best candidates in a few days.")]
    [InlineData("It was {|EL2001:the first meeting in more than a decade|}, and Fauci is now {|EL2001:the leading|} expert.", "It was the first visit after the ceasefire in 21 years; claims are a leading indicator, and he was a leading man.")]
    [InlineData("They flew to Lagos, {|EL2001:largest|} city in Nigeria, and Hamilton, {|EL2001:poorest|} of the seven, gave up his practice.", "Stevens, oldest of the Stevens brothers, farmed; Modi, most of his government and the party agreed; Monday, highest temperatures came; at the Rigolets, leading to Lake Pontchartrain, stone was piled. However, highest temperatures were inland. Mrs. Smith, best remembered for her cooking, died, and Jones, most famous for his novels, died.")]
    [InlineData("Britain is {|EL2001:among the countries hardest|} hit.", "Britain is not among the countries hardest hit, it was not the first official visit by a president in 21 years, and it is among the group most affected.")]
    [InlineData("It is {|EL2001:one of his best|} books, it was even {|EL2001:one of the best|} films of the year, and he was among {|EL2001:the best|} players.", "If it is not one of his best books, it is not one of the best of the year, and he was not among the best players.")]
    [InlineData("They won, becoming {|EL2001:the first pair to win both titles in one season since 2009|}.", "They met for the first direct talks in decades, and the Knicks won their first title since 1973.")]
    public void Flags_records_postnominal_and_irregular_forms(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The book describes {|EL2001:the largest|} battle in history.", "Army officials describe it as the largest battle in history.")]
    [InlineData("A 24-hour general strike, {|EL2001:the largest|} in the country's history, began.", "The 400,000 DWT carrier is the largest ship in the world.")]
    [InlineData("In March the board condemned the plans: \"The gap is {|EL2001:one of the starkest|} examples.\"", "It is what NASA and ESA believe to be the largest crater on the Moon.")]
    [InlineData("The storm was {|EL2001:the worst|} in history, during the night of which 200 homes flooded.", "By 2010, the largest city in Africa was Lagos, the census said.")]
    [InlineData("Relief was {|EL2001:hardest|} to provide.", "The village was closest to the border and was shelled; the shop expects to sell the most in a few days, and it was the first meeting since Monday.")]
    [InlineData("Planet atmospheres are {|EL2001:easiest|} to study.", "In those cases it's easiest to know the table, and it is probably safest to ask.")]
    [InlineData("It was Spain's {|EL2001:worst|} environmental disaster, and the clean-up cost €90m; the 1990s were {|EL2001:the deadliest|} decade in the country's history.", "Bananas were the most popular fruit in the UK, reaching 221g per adult per week, and the trail is the longest in Europe, at 18km.")]
    public void Keeps_dates_zones_and_present_verbs_out_of_the_readings_of_attribution_and_figures(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The site aims to build the world's largest manual, and the club is in a bid to become the first-ever winner.")]
    [InlineData("The festival is part of a long-term strategy to become the world’s most environmentally friendly music event.")]
    [InlineData("If food waste were a country, it would rank as the third highest national emitter of greenhouse gases.")]
    [InlineData("The party hopes to make it the biggest rally in history.")]
    [InlineData("She dreams to be the best pianist in the world, on a quest to become the youngest champion ever, determined to be the fastest in history.")]
    [InlineData("Maybe motel-keeping isn't the nation's biggest industry, and it was never the nation's largest.")]
    [InlineData("It did its best to help, and they played the best they can; pain can get the best of any of us.")]
    [InlineData("The worst is behind us, though we feared the worst; Harry will be the best man at the wedding.")]
    [InlineData("He was on the FBI's most wanted list, and Interpol put him on its most-wanted list.")]
    [InlineData("They went to the festival to mark the shortest night of the year.")]
    [InlineData("Ramadan stretched across some of the longest days of the year.")]
    [InlineData("Among the most recent visitors were two actors, which is the most important thing.")]
    [InlineData("The president remarked that it is the best chamber music in the world.")]
    [InlineData("In one of the darkest moments of our lives, he faced the most agonizing choice in his life.")]
    [InlineData("The United Nations rates the Rohingya among the world's most persecuted groups.")]
    [InlineData("They engage all but the most militant members; top-seeded Glenbard East was expected to win.")]
    public void Ignores_wishes_denials_and_idioms(string text) => Verify(text);

    [Theory]
    [InlineData("It was {|EL2001:the darkest|} moment of the war.")]
    [InlineData("It was {|EL2001:the biggest|} rally of his career.")]
    [InlineData("Interest rates are {|EL2001:the highest|} in history.")]
    public void Flags_a_ranking_beyond_one_life_and_rates_as_a_noun(string markup) => Verify(markup);

    [Theory]
    [InlineData("She made parts for {|EL2001:the fastest|} truck in America and won {|EL2001:the largest|} vote in any constituency.", "She made parts for the heaviest trucks in the fleet and sold them in the largest numbers in June.")]
    [InlineData("His men were unable to believe that their lieutenant, {|EL2001:the most popular|} officer in the regiment, was dead.", "Hong Kong hoisted the lowest typhoon alert level and winds in the area grew, and they sold the best seats in the town hall.")]
    [InlineData("The army destroyed {|EL2001:the largest|} bridge in southern Lebanon; it began {|EL2001:the most persistent|} tradition of Southern literature.", "The oldest children in southern villages left, and the largest rooms in central buildings stayed empty.")]
    public void Flags_a_superlative_ranked_in_a_named_place(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("She was at her best in the second act, and the team at its worst.")]
    [InlineData("Though versatile and capable of turning out a ballad lyric with the best of them, Mercer's forte is a highly polished wit.")]
    [InlineData("The cost is so enormous that the greatest care must be exercised, and the fullest cooperation of the agencies shall be carried out.")]
    [InlineData("Not the noblest performance we have heard him play, and not the happiest vehicle.")]
    [InlineData("The Geraghtys' youngest daughter bows at the cotillion; his eldest son stays home.")]
    [InlineData("Morton's newest product sells well, like the newest versions of embroidery.")]
    [InlineData("Some of the earliest recordings were made in the 1940s, and the earliest possible age is 16.")]
    [InlineData("It makes ours the best of all possible societies, with the best available description, in the hottest part of the day.")]
    [InlineData("Just the barest suggestion of a heel is found, without the faintest trace of lace.")]
    [InlineData("The most valuable player award was split three ways.")]
    [InlineData("I found hitched to that plow the finest team I ever held a rein on; it was the best I've seen.")]
    public void Ignores_idioms_denials_family_places_and_time(string text) => Verify(text);

    [Theory]
    [InlineData("He became {|EL2001:the youngest|} mayor in the state's history.", "The court heard how they tortured all but the youngest of their thirteen children.")]
    [InlineData("She is {|EL2001:the oldest|} of the candidates in the country.", "The oldest of his sons runs the farm; the eldest of her 4 daughters teaches.")]
    public void Ignores_a_family_place_named_with_of(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Pulisic became {|EL2001:the youngest|} goalscorer in the competition's history.", "18-year-old Pulisic became the youngest goalscorer in the competition's history.")]
    [InlineData("It is {|EL2001:the most serious|} economic crime in modern Chinese history.", "The People's Daily has suggested it is the most serious economic crime in modern Chinese history.")]
    [InlineData("This wave is {|EL2001:the largest|} in the region.", "The first wave may not be the largest, and the last is not always the largest.")]
    public void Counts_an_age_a_suggestion_and_a_denial(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The 34-year-old is {|EL2001:the best|} striker in Europe.")]
    [InlineData("The tower is {|EL2001:the tallest|} building in the \"new city\" — Dubai has nothing like it.")]
    [InlineData("It was {|EL2001:the largest|} dam, a move one worker called ”a disaster.”")]
    [InlineData("The chief of {|EL2001:the largest|} monitoring group found that a winner could not be named.")]
    public void Counts_an_age_a_dash_and_a_closing_mark_only_where_they_belong(string markup) => Verify(markup);

    [Theory]
    [InlineData("The chief of {|EL2001:the largest|} monitoring group said that a winner could not be announced.", "The chief said that his was the largest monitoring group, and they met the chief of the largest group.")]
    [InlineData("Mars, {|EL2001:one of the world's largest|} confectionery makers, said in a statement that it would act.", "Mars said in a statement that it is one of the world's largest confectionery makers.")]
    [InlineData("The president of Italy's {|EL2001:largest|} such group says \"The equation is false\".", "The president says \"It is Italy's largest such group\".")]
    [InlineData("The ministry announced that exports rose; China is {|EL2001:the second largest|} economy in the world.", "The ministry announced that China is the second largest economy in the world; exports rose.")]
    [InlineData("The country's {|EL2001:largest|} union said it would strike. {|EL2001:The largest|} automaker in China reported a loss.", "It is the country's largest union, its chief said; it was the largest fire he said he had seen.")]
    [InlineData("The mayor, who runs {|EL2001:the most dangerous|} city in the country, said he would resign. The minister, speaking at {|EL2001:the biggest|} trade fair in Asia, said exports would rise.", "It is the biggest deal ever, said John Smith. The mayor said the city, which has the most dangerous roads in the country, would act.")]
    public void Flags_a_claim_describing_who_reports_what_follows(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Some of Saramago's {|EL2001:most important|} works are Blindness and The Gospel According to Jesus Christ.", "According to the census, it is the largest city.")]
    public void Reads_an_attribution_word_in_a_title_as_part_of_the_title(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The United States is {|EL2001:the largest|} donor in history.", "Mediators in Qatar state that this is the closest both sides have been, and Israel Katz states that it is the most important plant.")]
    [InlineData("It announces {|EL2001:the largest|} order in history.", "The ministry announces that it is the largest order in history, and the company confirms that it is the biggest.")]
    [InlineData("Deep trawling is {|EL2001:one of the world's most destructive|} forms of fishing.", "Roberts, author of The Unnatural History of the Sea, explains that deep trawling is one of the world's most destructive forms of fishing.")]
    [InlineData("{|EL2001:The fastest|} ageing countries fall into the lower half of the ranking.", "The index shows that the fastest ageing countries fall into the lower half of the ranking.")]
    [InlineData("It was {|EL2001:the 14th most downloaded|} track overall.", "Yesterday's charts reveal that it is the 14th most downloaded track; iTunes listed it as the 64th most downloaded song.")]
    public void Counts_a_report_in_the_present_tense(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The airline sold more than expected, {|EL2001:the largest|} order in its history.", "It is more difficult than to get into the most selective school in the nation.")]
    [InlineData("The airline ordered more than forty jets in {|EL2001:the largest|} order in its history.", "It is more difficult than to get into the most selective school in the nation.")]
    public void Reads_more_than_and_a_number_as_a_quantity(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Police seize 2,000 rifles from smugglers who crossed the river at night near the border, {|EL2001:the largest|} seizure in the country's history.", "Police seize 2.7 tonnes of cocaine concealed in containers at the port of Sydney, the largest seizure in the country's history.")]
    [InlineData("She also becomes {|EL2001:the oldest|} winner of the event.", "At 37 years old, she also becomes the oldest winner of the event, and he the oldest manager to win it at 65 years old.")]
    [InlineData("Yangsan, in the south of the country, was the country's {|EL2001:hottest|} place all summer.", "The agency records 42.5 °C in Yangsan, in the south of the country, the country's highest temperature since observations began.")]
    [InlineData("The film becomes the {|EL2001:highest-grossing|} biopic.", "The film grosses US$977 million in worldwide box offices, surpassing Oppenheimer as the highest-grossing biopic.")]
    [InlineData("She is also the {|EL2001:lowest-ranked|} finalist at the tournament.", "Ranked No. 114, she is also the lowest-ranked finalist at the tournament.")]
    [InlineData("The Huajiang Canyon Bridge, the world's {|EL2001:highest|} bridge, opens to the public.", "The 625-meter-high Huajiang Canyon Bridge, the world's highest bridge, opens to the public.")]
    [InlineData("{|EL2001:One of Mexico's most successful|} cartoonists died at the age of 95.", "He was the most successful coach, with five titles, and the oldest player, at the age of 41.")]
    [InlineData("{|EL2001:The oldest|} European, Florrie Baldwin, turned 40 pages on Wednesday.", "The oldest European, Florrie Baldwin, turned 114 on Wednesday; Ivy Bean, thought to have been the oldest person using Twitter, has died at age 104.")]
    [InlineData("The spacewalk, in its eighth year of planning, was {|EL2001:the longest|} yet.", "The eight-hour spacewalk is the longest ISS-based spacewalk.")]
    [InlineData("Kaleri is now {|EL2001:the second most experienced|} cosmonaut in history, and he flies again in March.", "Kaleri is now the second most experienced space traveller in human history, spending a total of 770 days in space.")]
    [InlineData("The drought was {|EL2001:the longest|} in 30 years.", "He is Belarus' longest serving Prime Minister, having served over seven years.")]
    [InlineData("Headley, a 92-year-old man, is convicted in what is the UK's {|EL2001:longest-running|} cold case.", "After an 11-month deployment at sea and two port visits, the carrier returns from the longest deployment of the U.S. since the Vietnam War.")]
    public void Counts_a_figure_that_measures_the_ranked_quality_anywhere_in_the_sentence(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("A team flew to Iqaluit, {|EL2001:the largest|} town in the Canadian territory of Nunavut, armed with warm gear, laptops and a camera on a backpack that weighs 18 kg.", "A team flew to Nunavut to weigh 18 kg of ice from near Iqaluit, the largest ice haul from the territory.")]
    [InlineData("Dublin, {|EL2001:the largest|} city in Ireland, was where the band recorded its album over 300 hours in a studio whose walls are 40 metres long.", "Its walls are 40 metres long, and the studio where the band recorded in Dublin over the summer of that year is the largest studio in Ireland.")]
    [InlineData("Greenland, {|EL2001:the largest|} island in the world, is mostly covered by an ice sheet and has been settled by 56,000 people.", "Greenland, the largest island in the world, is mostly covered by an ice sheet and covers 2,166,086 square km.")]
    [InlineData("Kennecott, {|EL2001:the biggest|} town in the state, has been mined by the company since 1906 and last year shipped 300,000 tonnes of copper.", "Kennecott, the biggest producer in the state, has been mined by the company since 1906 and last year shipped 300,000 tonnes of copper.")]
    public void Does_not_measure_a_place_by_a_figure_of_weight_or_length_far_from_it(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("He wins the final, becoming {|EL2001:the youngest|} man to complete the career Grand Slam.", "He wins the final, becoming the youngest son of the family to do so, and remaining its eldest brother's ward.")]
    public void Ranks_after_a_participle_of_a_copula(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The murder rate is {|EL2001:the lowest|} in 30 years, growth is at {|EL2001:the fastest|} pace since 1999, and he is {|EL2001:the first Monégasque in history|} to do so.", "The youngest player, at the age of 17 years, scored; it was the fastest time, 9.58 seconds.")]
    [InlineData("Farmers are facing {|EL2001:the worst|} drought in living memory.", "Farmers are facing the worst drought they have had to plan for.")]
    public void Reads_a_bound_of_time_as_the_scope_not_the_support(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The party won {|EL2001:the largest|} number of seats, and the game has {|EL2001:the biggest|} number of opponents.", "Beyoncé received the largest number of nominations for the event — nine — but she won only two. The protocol specified the largest number of bytes allowed; they need the largest number of votes to serve the greatest number of users.")]
    [InlineData("Voters elect all 500 seats in the House of Representatives, with the conservative party winning {|EL2001:the most|} seats.", "Voters elect all 500 seats in the House of Representatives, with the conservative party winning the most seats, 220.")]
    [InlineData("Her bloc wins {|EL2001:the most|} seats but fails to secure a majority.", "The musical wins the most awards (six); the group whose three robots earned the most points won; most people voted; he won his fifth race, tying the record for the most wins at the track.")]
    [InlineData("The yen gained {|EL2001:the most|} in a decade and shares rose {|EL2001:the most|} since 2008.", "Of the three indexes, this one fell the most; it did the most in a few days, for the most part.")]
    public void Flags_the_most_of_a_count_unless_a_number_counts_it(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("A missile strikes the Al Udeid Air Base in Qatar, {|EL2001:the largest|} U.S. military base in the region.", "Turning to Broadway, the most widely acclaimed plays were revived; there were four brothers: Frank, a policeman, and Max, the youngest.")]
    [InlineData("Rubio designates Comando Vermelho, {|EL2001:the two biggest|} drug trafficking-related criminal organizations in Brazil.", "In June, the lowest income groups gained most.")]
    [InlineData("The ministry tested it with {|EL2001:the six largest|} internet providers in Indonesia.", "The ministry tested it with the three largest bases.")]
    [InlineData("They targeted Oxford Street, arguably {|EL2001:the most famous|} shopping row in the city.", "Turning to Broadway, arguably the most widely acclaimed plays were revived.")]
    [InlineData("Lagos, currently {|EL2001:the largest|} city in Africa, is again {|EL2001:the busiest|} port, and Abuja is currently the {|EL2001:fastest-growing|}.", "Lagos is currently the largest city in Africa, with 15 million people.")]
    [InlineData("The storm hit the southern coast, including {|EL2001:the largest|} city, Funchal.", "At the biggest rally, Trump said he would win.")]
    public void Flags_a_superlative_in_apposition_to_a_name(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("It pales before {|EL2001:the most tragic|} loss: the waste of talent. In this century, {|EL2001:the best|} program around is a good school.", "The court gave him the highest sentence possible: in addition, he was fined. It must start soon, for under the best conditions it is a long job; in eight states the largest vote can be the balance.")]
    public void Flags_a_superlative_whose_noun_phrase_a_colon_or_copula_names(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The party suffered {|EL2001:the worst|} defeat, and the administration produced {|EL2001:the largest|} peacetime deficit.", "The party will pick the best candidates, and she gave him the best advice.")]
    [InlineData("The threat to ladybirds poses {|EL2001:the gravest|} danger to biodiversity.", "In our own time we have seen the most fantastic imagery come into actuality.")]
    [InlineData("Climate change poses {|EL2001:the greatest|} threat to the region.", "Climate change could pose the greatest threat to the region.")]
    public void Flags_a_superlative_result_that_its_subject_recorded(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("China surpassed the United States as {|EL2001:the biggest|} market for cars.", "China surpassed the United States as the biggest market for cars, according to the industry's annual report.")]
    [InlineData("It overtakes the Labour Party as {|EL2001:the largest|} party.", "It overtook the coalition in the polls, and as the largest party in the lower house lost the vote; the striker replaced the captain as the best players rested.")]
    public void Flags_a_rank_taken_from_another(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("They built {|EL2001:the largest|} telescope on the planet.", "The probe entered an orbit around the closest planet to the sun, above the largest continent.")]
    [InlineData("It was {|EL2001:the closest|} vote ever, and {|EL2001:one of the closest|} races in the state.", "The closest rescue boat, a French fishing ship, is expected to reach her tonight, and he beckoned to the closest of his fellows.")]
    public void Reads_closest_as_a_place_unless_a_scope_ranks_it(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("He becomes the undisputed champion and {|EL2001:the second ever|} three-weight champion, and it combines the 14th and {|EL2001:17th largest|} airlines.", "He is the second champion from the city and finished 17th in the largest field.")]
    public void Flags_a_record_of_second_ever_and_a_rank_in_digits(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Rates in Greece are {|EL2001:the highest|} in Europe, and it is {|EL2001:the largest|} release in the country's history.", "Forbes ranks her among the wealthiest women in the world; Japan will release 80 million barrels of oil from its reserves, the largest release in the country's history; FBI agents announce a seizure, \"the largest seizure in FBI history\".")]
    public void Counts_a_named_ranking_a_counted_amount_and_an_announced_quotation(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("India has reported {|EL2001:the highest|} number of infections after the United States. The party reports its {|EL2001:worst|} result ever.", "The ministry announced the largest outbreak in its history had ended; the company reported the largest loss in its history, according to Reuters.")]
    [InlineData("That's {|EL2001:the highest|} number of such deaths and illnesses reported by any country.", "The World Health Organization said it was the highest number of such deaths reported by any country.")]
    [InlineData("Opposition leaders announced a plan to replace the president, accusing him of presiding over economic chaos in the Western hemisphere's {|EL2001:poorest|} country.", "The Department of Commerce reported a 4.1% increase in consumer prices driven by high gas prices, the largest since April.")]
    [InlineData("He wrote a book about his escape, {|EL2001:one of the most realistic|} accounts of the war.", "The critic wrote that it was one of the most realistic accounts of the war.")]
    [InlineData("Drones struck Russia, with strikes reported in Moscow, after it faced its {|EL2001:largest|} attack in more than a year.", "Geologists from the museum reported in Nature that it was the largest fossil ever found.")]
    public void Reads_a_report_of_the_ranked_result_and_an_agent_counted_not_named_as_no_source(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The school ranks among {|EL2001:the best|} in the nation, and the city ranks as {|EL2001:one of the safest|} in Europe.", "Forbes ranks her among the wealthiest women in the world, and he felt as I felt about this best of all my books.")]
    public void Reads_a_subject_that_ranks_among_others_as_ranked_not_as_the_ranker(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("He was {|EL2001:the most traveled|} envoy in history, meeting leaders of the region, and then 40 more.", "He was the most traveled envoy in history, notching up a record 704,487 miles by 1996.")]
    [InlineData("After a 38-point win and an 11-month wait, it was {|EL2001:the biggest|} upset in history.", "The 96-yard drive tied the longest drive in Super Bowl history, and it is the largest airliner in the world, with an 840-passenger capacity.")]
    [InlineData("It was {|EL2001:the worst|} storm in a decade; many roads were closed for days; 300 homes were lost.", "It is the most massive star in the galaxy; it is about 300 times the mass of our sun.")]
    [InlineData("The quake, which struck at 08:17 am (00:17 UTC), is {|EL2001:the strongest|} to hit the region in 50 years.", "He set a lap of 1:18.792, the fastest lap in history.")]
    [InlineData("It was {|EL2001:the largest|} parade in the world.", "In what may be the largest parade in the world, hundreds of thousands of people marched.")]
    [InlineData("The crash is {|EL2001:the deadliest|} in Europe since 1992, when 167 people were killed.", "The crash killed 40 people, the deadliest in Europe since 1992, when 167 died.")]
    [InlineData("A missile strike on the city, {|EL2001:one of the deadliest|} strikes since the start of the invasion, on the second anniversary of the crash.", "A missile strike killed twenty people, one of the deadliest strikes since the invasion; Sixty-four people are killed in the raids, the deadliest police operation in the city's history.")]
    [InlineData("Pegasus buys Smartwings, {|EL2001:the largest|} Czech airline, in a deal that closes after the summer and the regulators' review, for a price of €154.", "Australia agrees to pay A$2.4 billion to victims of the unlawful Robodebt welfare debt recovery scheme, the largest class action settlement in the country's history. The Border Force seizes 2.4 metric tons of cocaine, one of the country's largest drug busts.")]
    [InlineData("He becomes {|EL2001:the youngest|} driver to lead the championship.", "He becomes the youngest driver to lead the championship at 19 years and 216 days old; world 206th-ranked Vacherot becomes the lowest-ranked finalist in the event's history.")]
    public void Counts_a_toll_a_price_of_a_deal_an_age_in_days_and_a_rank_in_a_word(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("It opens as the world's {|EL2001:tallest, fastest, and longest|} roller coaster.", "It aims to build the world's largest, highest quality how-to manual.")]
    [InlineData("The deal merges {|EL2001:two of the largest|} platforms in the world.", "Two of the players were named.")]
    public void Flags_a_list_of_superlatives_once_and_two_of_the_largest(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("He is {|EL2001:the best|} player of the tournament.", "Edson Álvarez is named the tournament's best player, and she was voted the league's most valuable defender.")]
    public void Ignores_an_award_its_owner_confers(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The Games conclude with China as the {|EL2001:highest-ranked|} team.", "The Games conclude with China as the highest-ranked team in the medal table; he strips her of the country's highest honour.")]
    [InlineData("Flamengo wins, becoming {|EL2001:the most successful|} club in the competition.", "Flamengo wins their fourth title, becoming the most successful club in the competition.")]
    [InlineData("Police watched the demonstrations, {|EL2001:the largest|} since the crisis began.", "Up to 100,000 people were reported to have taken part in the demonstrations, the largest since the crisis began.")]
    [InlineData("Police wheeled away cash in trolleys, {|EL2001:the largest|} ever cash seizure by Spanish police.", "Around €12m was wheeled away in trolleys, the largest ever cash seizure by Spanish police, and the $1.5bn fine, the largest ever awarded in a patent case, was paid.")]
    [InlineData("Men take part in {|EL2001:the largest|} protests since the start of the war.", "Thousands of men take part in the largest protests since the start of the war.")]
    [InlineData("{|EL2001:One of the largest|} crowds in the club's history turns out.", "Dozens of fans and thousands of members turn out for the largest rally in the club's history.")]
    public void Counts_a_named_table_titles_won_and_a_crowd(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("It is {|EL2001:the longest|} strike in 30 years, and she received {|EL2001:the most|} votes in 30 years.", "The 43-day shutdown is the longest in the country's history.")]
    [InlineData("The museum, the {|EL2001:longest-serving|} landmark in the city, reopened one day later.", "The museum, the longest-serving landmark in the city, reopened after 212 years.")]
    [InlineData("He rose through the ranks to become {|EL2001:the youngest|} general in the army, and she was voted the world's {|EL2001:most beautiful|} woman.", "Forbes ranks her among the wealthiest women in the world.")]
    [InlineData("Barclays, the country's {|EL2001:largest|} bank, lost 500m over the year.", "Last week in Paris, the largest unions marched. Two weeks after the vote in Paris, the biggest parties met.")]
    [InlineData("A £5 parking fee is charged to visitors who walk up the path of Ben Nevis, {|EL2001:the highest|} mountain in Britain.", "The club pays a £5 million fee, the highest transfer fee in its history.")]
    [InlineData("It is {|EL2001:the third largest|} city in the world.", "It is the third city in the world to do so.")]
    [InlineData("Though Hamilton posted {|EL2001:the third fastest|} time, he lost 5 places on the grid.", "He posted the fastest time, 1:21.3, and the fastest lap, 98 seconds.")]
    [InlineData("It was {|EL2001:the biggest|} crash in Europe, when 18 cars were towed.", "It was the biggest crash in Europe, 18 cars, when it rained.")]
    public void Reads_no_measure_in_a_bound_a_day_a_rank_of_soldiers_or_a_stray_price(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("She made parts for {|EL2001:the best|} selling truck in America.", "He is best known for his novels, and her best-known novel is Beloved.")]
    [InlineData("But {|EL2001:the best|} known exploiters of the new medium are Rexroth and Patchen.", "The author, best known for one novel, wrote three.")]
    public void Flags_best_selling_and_best_known_but_not_known_for(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Khalid Mahmood, reportedly {|EL2001:the most active|} user in the Western Punjabi Wikipedia, has died.", "She gave the best talk on Python, and they measured the biggest impact on Germany.")]
    public void Takes_reportedly_for_no_source_and_on_for_no_scope(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("He is truly {|EL2001:one of our greatest|} entertainers.", "We act on one of our most important items of business to protect our most precious resource.")]
    public void Flags_one_of_ours_only_as_what_the_subject_is(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The world has lost {|EL2001:one of the most inspiring|} defenders.", "The world has lost one of the most inspiring defenders. — Jerzy Buzek, President of the European Parliament")]
    [InlineData("He's {|EL2001:one of the biggest|} guns out there.", "He's one of the biggest guns out there.\"")]
    [InlineData("It was {|EL2001:the most famous|} court in the land.", "The ruling, by the Court of Appeal's three most senior judges, stands.")]
    public void Leaves_a_credited_pull_quote_the_end_of_a_quotation_and_seniority(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("On May 10 the minister toured plants of {|EL2001:two of Italy's biggest|} companies.", "Italy's biggest companies, with 200,000 workers, lead the index.")]
    [InlineData("George Kennan's account of World War 2 is {|EL2001:the finest|} piece of diplomatic history.", "The account is the finest piece of the series, with 2 million copies sold.")]
    [InlineData("Curtis poured over $1 million into it and in time it again became {|EL2001:one of the most popular|} weeklies in the country.", "With 8.8 million people, New York is the largest city in the country.")]
    public void Counts_only_figures_that_measure_the_claim(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The city of 2 million is {|EL2001:the most beautiful|} in the region, and the $5 billion project is {|EL2001:the most ambitious|} in the state's history.", "The city is the largest in the region, with 2 million people, and about 100 of the most important items went to the museum.")]
    public void Takes_no_figure_for_a_quality_that_no_number_measures(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("India orders IndiGo, the country's {|EL2001:largest|} airline, to reduce its flights by 5%.", "Over 4 million shares were sold, the highest figure of the year.")]
    [InlineData("Mbappé becomes the {|EL2001:highest-scoring|} player of the tournament, and the first to score 10 goals in one year.", "The margin of victory is 0.023 seconds, making it the closest finish of the race.")]
    [InlineData("Made of the world's {|EL2001:toughest|} plastic, the dinnerware comes in almost 400 patterns.", "It is the second largest city in Japan, with about four million people.")]
    [InlineData("As small business created the jobs of the last 10 or 15 years, our plan includes {|EL2001:the boldest|} incentives for small business in history.", "Sales grew by 10 or 15 percent, the highest rise of the decade.")]
    [InlineData("Net sales rose to $125.56 billion as consumers turned to the world's {|EL2001:largest|} online retailer.", "As sales rose to $125 billion, it became the largest retailer of the year.")]
    [InlineData("IndiGo, the country's {|EL2001:largest|} airline, in 2019 was told to cut 5% of its flights.", "They ordered 140,000 copies -- the largest first printing of the year.")]
    [InlineData("IndiGo -- the country's {|EL2001:largest|} airline -- was told to cut its flights by 5%.", "The currency fell to its lowest level of the year, reaching 18,028 rupiah per dollar.")]
    [InlineData("After 10–15 years of neglect, it is {|EL2001:the worst|} road in the state.", "After 10–15 percent growth, it is the fastest-growing city of the year.")]
    [InlineData("Houston is {|EL2001:the largest|} city in Texas, which joined the union with about 30 counties.", "New Jersey had the lowest rate, which was three per 100,000 people.")]
    [InlineData("Texas has {|EL2001:the highest|} rate in the nation, which it has held for years.", "New Jersey had the lowest rate, which was three per 100,000 people; Thunberg led, according to Time, the largest climate demonstration ever held.")]
    [InlineData("The dam, which is {|EL2001:the tallest|} in Africa, cost $4 billion.", "The dam, which cost $4 billion, is the tallest in Africa at 250 metres.")]
    [InlineData("While France has {|EL2001:the largest|} army in Europe, only 2,000 soldiers serve abroad.", "While France has the largest army in Europe, with 200,000 soldiers, few serve abroad.")]
    public void Counts_a_figure_only_inside_the_claims_clause(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Laguerre Hanover has {|EL2001:the smoothest|} gait, and the deepest music had {|EL2001:the poorest|} showing.", "Every child must have the best education this nation can provide, goals which have the greatest bearing come first, we have the firmest reliance on them, and the vessels have had the happiest effect.")]
    [InlineData("The bridge -- and perhaps {|EL2001:the most interesting|} one, -- connected two towns.", "I have the strangest feeling of having lived through this before.")]
    [InlineData("The bridge – and perhaps {|EL2001:the most interesting|} one – connected two towns.", "I have the strangest feeling of having lived through this before.")]
    [InlineData("Just about {|EL2001:the most enthralling|} example is the saga of the peanuts.", "They fed the herd with the least effort on the longest days.")]
    public void Flags_a_superlative_held_by_its_subject_or_heading_an_aside(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("He composed songs for the band, including many of their {|EL2001:biggest|} hits.", "He composed songs for the band, including their biggest hits.")]
    [InlineData("((This is an aside)) Paris is {|EL2001:the largest|} city in France.", "((Gregory Kurtzer)) Velocity of growth is the biggest challenge so far.")]
    [InlineData("Some of their {|EL2001:best|} songs in history were written in a garage, and they wrote many of their {|EL2001:biggest|} hits.", "Some of their best songs were written in a garage, and among their greatest achievements was the bridge.")]
    [InlineData("It is {|EL2001:the most frequently cited|} paper in the history of physics.", "It became the most frequently discussed subject on Weibo.")]
    [InlineData("The report condemned the plans: \"The gap is {|EL2001:one of the starkest|} examples of inequality.\"", "Ceri Goddard, the chief executive, condemned the plans: \"The gap is one of the starkest examples of inequality.\"")]
    [InlineData("Her nickname: \"{|EL2001:the fastest|} woman alive\" stuck for years.", "Trump took a parting shot on Twitter: \"Oh no, perhaps the biggest story in years!\"")]
    [InlineData("Airports fill up the day before Thanksgiving, \"{|EL2001:the busiest|} travel day of the year.\"", "Alan Mulally remembered asking, \"It's the best-selling car in America.\"")]
    [InlineData("Critics keep saying, \"It is {|EL2001:the worst|} film of the year.\"", "The director kept saying, \"It is the worst film of the year.\"")]
    [InlineData("They toured the building, \"{|EL2001:the tallest|} in the city.\"", "O'Leary defended it by saying, \"It has the best reliability in Europe.\"")]
    [InlineData("Crowds packed the new building, \"{|EL2001:the tallest|} in the city.\"", "He left the room, saying, \"It is the tallest in the city.\"")]
    [InlineData("Critics began by saying, \"It is {|EL2001:the worst|} film of the year.\"", "The director began by saying, \"It is the worst film of the year.\"")]
    [InlineData("Alan Mulally remembered asking about the {|EL2001:best-selling|} car in America.", "Alan Mulally remembered asking, \"It's the best-selling car in America.\" O'Leary defended it by saying, \"It has the best reliability in Europe.\"")]
    public void Ranks_a_subset_among_others_and_leaves_a_transcript_to_its_speaker(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The Grand Canyon, probably {|EL2001:the most famous|} landmark of the United States, is a highpoint.", "Aid went to the lowest income groups of the region.")]
    [InlineData("The council, {|EL2001:the largest|} Protestant organization in the South, met in February.", "Money went to the poorest families in June.")]
    [InlineData("It is {|EL2001:the highest|} tower in the city.", "The highest position is known as research scientist, and the highest rated engineering title is research engineer.")]
    [InlineData("They had {|EL2001:the highest|} two scores of any professional European league.", "She was the first woman to manage a club in the highest two divisions of any professional European league.")]
    [InlineData("The war had {|EL2001:the highest|} body count of any conflict in the region.", "The Constitutional Court, the highest legal authority in Guatemala, is to be taken over by new members.")]
    [InlineData("The school is {|EL2001:the most selective|} in the nation.", "It is harder to join the union than to get into the most selective school in the nation.")]
    [InlineData("The firm grew into {|EL2001:the largest|} employer in the state, and the café serves {|EL2001:the best|} pizza in town.", "The firm hired the newest graduates in the state, and the café is the nearest one in town.")]
    [InlineData("The route was {|EL2001:the best|} for goods from England.", "Selkirk decided that the route through Illinois was the best route for goods from England.")]
    [InlineData("They ran the world's {|EL2001:oldest|} bank.", "The schools try their best, and she had given the world's oldest profession its glamour.")]
    [InlineData("They mined {|EL2001:the richest|} mines of Mexico.", "It has had the most profound consideration of Congress and the most careful attention of the Government.")]
    public void Reads_named_scopes_hierarchies_comparisons_and_decisions(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("A man thought to be {|EL2001:the oldest|} prisoner ever held in Scotland faces charges; the bridge, said to be {|EL2001:the longest|} in Europe, opened.", "The bridge, said by the ministry to be the longest in Europe, opened.")]
    [InlineData("The Palazzo Farnese, considered by many to be {|EL2001:the finest|} palace of all, faces the square.", "The Palazzo Farnese, considered by the architect Sangallo to be the finest palace of all, faces the square.")]
    [InlineData("The bridge, thought {|EL2001:the oldest|} covered bridge in the country, still stands.", "The engineer thought it the oldest covered bridge in the country.")]
    [InlineData("Gorton was styled \"{|EL2001:one of the most remarkable|} men who ever lived\".", "Gorton was styled by the historian Samuel Arnold \"one of the most remarkable men who ever lived\".")]
    [InlineData("We can choose to believe that it was {|EL2001:the worst|} drought, and many believe it is {|EL2001:the best|} race.", "The delegates believe that it is the best race in the world.")]
    [InlineData("It is {|EL2001:the most vulnerable|} of the great powers.", "Morrison points out that it is the most vulnerable of the great powers.")]
    [InlineData("The station has \"{|EL2001:one of the largest|} news staffs in America\".", "The station boasts \"one of the largest news staffs in America\".")]
    public void Takes_a_passive_opinion_with_no_named_holder_as_no_source(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Prostitution – {|EL2001:the easiest|} way of financing drug addiction – has skyrocketed.", "For addicts, the easiest way of financing the habit is theft.")]
    [InlineData("It is {|EL2001:the best|} procedure on the market.", "The best procedure is to have a few friends hold the planking in place.")]
    [InlineData("It is {|EL2001:the cheapest|} option on the market.", "The cheapest option is to take the train, and travellers make the best of a bad situation.")]
    [InlineData("Bridges are {|EL2001:the most common|} methods of river crossing.", "The easiest and most economical way to get air conditioning is when you build.")]
    [InlineData("MP3 is {|EL2001:the most popular|} method of storing digital music, and the kayak is {|EL2001:the most common|} way to cross.", "The simplest way to store music is a disk, and the quickest method of crossing is a kayak.")]
    [InlineData("It was {|EL2001:the best|} chance in the league.", "Every baby has the best chance to thrive, and we have the best reason to hope.")]
    public void Ignores_advice_but_not_a_ranking_of_methods(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The Yankees were {|EL2001:the mightiest|} team in baseball.", "By 1926, when the Yankees were at their mightiest, the rooftops were full; at its most ecstatic moments the crowd sang.")]
    [InlineData("The index fell {|EL2001:the most|} in over nine months, and shares rose {|EL2001:the most|} since September 21.", "They will pick the best candidates in a few days, and the yen hit its lowest level of the day. Shares rose the most since Monday.")]
    [InlineData("Jupiter will be at its {|EL2001:closest|} to the Earth since 1963.", "Jupiter will be at its closest to the Earth tomorrow.")]
    [InlineData("It was their {|EL2001:biggest-ever|} order.", "The agency agrees to discharge 400 million barrels of oil from its members' reserves, its largest-ever release.")]
    [InlineData("Rents are at their {|EL2001:highest|} ever, and prices at their {|EL2001:highest|} on record.", "Rents are at their highest in the spring, and he was at his most eloquent in the debate.")]
    [InlineData("The crew was {|EL2001:the largest|} in the navy.", "He recruited a crew of twenty-one, the largest he had ever commanded, under the biggest, greenest flag they ever flew.")]
    [InlineData("The stampede at Islam's {|EL2001:most holy|} site happened at dawn.", "She is at her best in the second act.")]
    [InlineData("The murder rate saw its {|EL2001:largest|} single-year increase in nearly half a century, and the rate rose to its {|EL2001:highest|} levels in more than three decades.", "Few writers have understood their deepest selves; the regiment suffered its greatest loss of the war, and baseball had its dullest season.")]
    [InlineData("It was {|EL2001:one of their most prominent|} leaders.", "They paid tribute to their most prominent leader.")]
    [InlineData("It was {|EL2001:one of his greatest|} works, and she had her {|EL2001:best|} result in a decade.", "His most famous work came in 1981, and her two biggest hits were on the album.")]
    [InlineData("Some of {|EL2001:the finest|} wines in France are sold here, and he sells some of {|EL2001:the best|} baklava.", "Some of the greatest poetry has been born out of failure.")]
    public void Ignores_a_subject_ranked_against_itself_or_its_own_experience(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Andrei Lankov, {|EL2001:one of the world’s leading|} experts, believes that trade will grow.", "Sol Hurok, the booker, considers it the finest house of its kind in the country.")]
    [InlineData("Melbourne is ranked as the world’s {|EL2001:most liveable|} city, and Vienna was rated {|EL2001:the best|} city in Europe.", "The Economist has consistently ranked Melbourne as the world’s most liveable city.")]
    [InlineData("The developer has decided to buy {|EL2001:the most expensive|} house in the city.", "The developer considers it the most expensive house in the city.")]
    [InlineData("Coal will rival oil as the world’s biggest source of energy, according to the world’s {|EL2001:leading|} authority on energy economics.", "Coal will rival oil as the world’s biggest source of energy, according to the International Energy Agency.")]
    [InlineData("“It is a source of frustration,” admitted Abdullah, who runs India’s {|EL2001:most sensitive|} state.", "“India’s most sensitive state is calm,” admitted Abdullah, who runs it.")]
    [InlineData("Auckland was {|EL2001:the highest|} ranking English-speaking city, and Licence to Kill is the {|EL2001:worst-performing|} of all Bonds.", "Auckland was the highest ranking English-speaking city in the survey; by this reckoning, Licence to Kill is the worst-performing of all Bonds.")]
    [InlineData("A commander of the army’s {|EL2001:most sophisticated|} attack helicopter, the prince said he had fired on the Taliban.", "A commander of an attack helicopter, the prince said it was the army’s most sophisticated aircraft.")]
    [InlineData("I believe this is {|EL2001:the finest|} orchestra in the country.", "The conductor believes this is the finest orchestra in the country.")]
    [InlineData("Its goals are the nation's {|EL2001:highest|} good; it was {|EL2001:the greatest|} strength we have.", "Its goals are, in their opinion, the nation's highest good.")]
    [InlineData("Here, in {|EL2001:the most eagerly awaited|} novel of the season, he tells of a girl in flight.", "It is the most eagerly awaited novel of the season, he told reporters.")]
    public void Takes_a_named_opinion_as_a_source_only_for_what_follows_it(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Many voters do not feel part of the world’s {|EL2001:biggest|} democracy.", "Smith feels that it is the world’s biggest democracy.")]
    [InlineData("Residents felt {|EL2001:the strongest|} earthquake in decades.", "Residents felt it was the strongest earthquake in decades.")]
    [InlineData("Police found the body near the city’s {|EL2001:tallest|} building.", "The survey found the highest rates of asthma in the city.")]
    [InlineData("Coins found in Rhode Island may help solve {|EL2001:one of the oldest|} murder mysteries.", "The historian Ann Lee considers it one of the oldest murder mysteries.")]
    [InlineData("He thought about {|EL2001:the biggest|} problem in the world.", "He thinks the U.S. must stay the most powerful nation in Asia.")]
    [InlineData("Asked whether he felt more comfortable being Captain Wales, the prince gave {|EL2001:one of the most revealing|} answers.", "Smith feels the city has become one of the most dangerous in the region.")]
    [InlineData("The team ranked fourth in the world’s {|EL2001:biggest|} tournament.", "Variety rates the film the best of the year, and Quantcast ranks wikiHow as the 135th most popular site in the US.")]
    [InlineData("The school ranked {|EL2001:the highest|} in the state.", "Forbes ranked Melbourne the most liveable city in the world.")]
    [InlineData("The phone ranked No. 2 among the {|EL2001:best-selling|} phones in Europe.", "Forbes ranked Nokia the most valuable brand in Europe.")]
    [InlineData("Residents felt by far {|EL2001:the strongest|} earthquake in decades.", "Smith felt the film proved the most popular of the year.")]
    [InlineData("Residents felt the ground shake with {|EL2001:the strongest|} force in decades.", "Jones feels like the city is the most dangerous place in the country.")]
    [InlineData("Investigators found traces of the drug in the country’s {|EL2001:biggest|} river.", "The council found it was one of Britain’s most tranquil places.")]
    [InlineData("Divers found a wreck near {|EL2001:the largest|} reef in the world.", "Smith found after two years of study that Detroit has the highest asthma rate in the state.")]
    [InlineData("He thought of {|EL2001:the biggest|} problem in the world.", "Lee thinks of Paris as the most beautiful city in Europe.")]
    [InlineData("He thought about {|EL2001:the largest|} city in Nigeria.", "Smith believes the largest city in Nigeria is Lagos.")]
    [InlineData("He thought about {|EL2001:the best|} phones in the world.", "Jones believes Apple makes the best phones in the world.")]
    [InlineData("The team ranked first in the world’s {|EL2001:biggest|} tournament.", "Forbes ranks it among the world’s biggest tournaments.")]
    [InlineData("Residents felt {|EL2001:the strongest|} earthquake in decades as they drove home.", "Residents felt that it was the strongest earthquake in decades.")]
    [InlineData("Residents felt, on Tuesday, {|EL2001:the strongest|} earthquake in decades.", "Smith believes, like many economists, that China is the largest economy in the world.")]
    [InlineData("Residents felt a tremor called {|EL2001:the strongest|} in decades.", "Residents felt the tremor was the strongest in decades.")]
    [InlineData("Voters decided {|EL2001:the closest|} race in the state’s history.", "Selkirk decided that it was the closest race in the state’s history.")]
    public void Takes_a_verb_of_opinion_as_a_source_only_with_a_complement_that_holds_the_claim(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("She has been called \"{|EL2001:the finest|} pianist of her generation\".", "He called it \"the finest pianist of her generation\" and left.")]
    [InlineData("The ban has been labelled a \"war on Edison's {|EL2001:greatest|} invention\".", "The Washington Times criticised the ban, labelling it a \"war on Edison's greatest invention\", and branded the law \"the worst idea in history\".")]
    [InlineData("Coverage has been characterised as \"{|EL2001:the most disgusting|} failure\".", "He characterised election coverage as, \"the most disgusting failure of people in our business\".")]
    [InlineData("It is widely regarded as {|EL2001:the best|} school.", "It is regarded as a good school, according to the ministry's ranking of the best schools.")]
    [InlineData("They won their last match to finish as {|EL2001:the best|} third-place team.", "The race finished as the fastest runners crossed the line together.")]
    [InlineData("The party emerged as {|EL2001:the largest|} in parliament.", "The party emerged as a force in parliament.")]
    [InlineData("It is regarded by many as {|EL2001:the finest|} example, seen by some critics as {|EL2001:the purest|}.", "It is regarded by the ministry as the finest example.")]
    [InlineData("It is reportedly {|EL2001:the largest|} employer and by far {|EL2001:the most popular|} app; doctors say it is {|EL2001:the best|} treatment.", "It is by far the most popular app, according to Apple's download figures; Dr. Lee says it is the best treatment.")]
    [InlineData("Due to his status as {|EL2001:the longest|} serving senator, he presided.", "It lost its status as a capital to the largest city nearby.")]
    [InlineData("One is tempted to say that {|EL2001:the worst|} war of the century was fought here.", "He went on to say that it was the worst war of the century.")]
    [InlineData("Media reports describe it as {|EL2001:the largest|} fish kill in history.", "Wildlife officials describe it as the largest fish kill in history.")]
    [InlineData("Critics took to Twitter, deriding the film as \"{|EL2001:the worst|} sequel of the decade\".", "Critics took to Twitter; the director, Ann Lee, called the film \"the worst sequel of the decade\".")]
    [InlineData("The court dismissed the case, and the restaurant kept its sign promising \"{|EL2001:the best|} pizza in New York\".", "The court dismissed the case, and the owner, Ann Lee, called it \"the best pizza in New York\".")]
    [InlineData("Officials say that the battle was {|EL2001:the worst|} in Rio.", "U.S. officials say that the battle was the worst in Rio.")]
    [InlineData("The talks were {|EL2001:the most substantive|} in years, diplomats said, and {|EL2001:the best|} in memory, a spokesman added.", "The talks were the most substantive in years, a UN spokesman said.")]
    [InlineData("Senior officials have said it was {|EL2001:the deadliest|} attack.", "Police officials have said it was the deadliest attack.")]
    [InlineData("The official said it was {|EL2001:the largest|} exercise.", "A Pentagon official said it was the largest exercise.")]
    [InlineData("It was {|EL2001:the largest|} exercise, said a senior official.", "It was the largest exercise, said a senior official in Kabul.")]
    [InlineData("Officials on Monday said it was {|EL2001:the largest|} exercise; critics on Tuesday said it was {|EL2001:the worst|} plan.", "Police officials on Monday said it was the largest exercise.")]
    [InlineData("His novel tells the story of a boy and is now known as {|EL2001:one of the most influential|} books.", "She tells reporters it is the largest fraud in the state.")]
    [InlineData("It was {|EL2001:the deadliest|} attack on the city, according to officials.", "It was the deadliest attack on the city, according to officials at the ministry.")]
    [InlineData("It is {|EL2001:the oldest|} tree on Earth, according to many.", "It is the oldest tree on Earth, according to many experts at the Forestry Commission.")]
    [InlineData("It was {|EL2001:the deadliest|} attack, according to media reports.", "It was the deadliest attack, according to reports circulated by the Associated Press.")]
    [InlineData("It is commonly considered {|EL2001:the safest|} airline.", "The airline is the safest in the world, the agency said.")]
    [InlineData("He is seen as {|EL2001:the strongest|} candidate.", "He is seen as a strong candidate.")]
    [InlineData("Many say it is {|EL2001:the greatest|} team in history, and critics said so.", "Its coach said it is the greatest team in history.")]
    [InlineData("Some observers believe it is {|EL2001:the greatest|} team in history.", "The league's own survey found it is the greatest team in history.")]
    [InlineData("It is said to be {|EL2001:the oldest|} tree on Earth.", "Records show it is the oldest tree on Earth.")]
    public void Does_not_take_weasel_words_for_a_source(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("Noma has been named the world’s {|EL2001:best|} restaurant by far.", "Noma has been named the world’s best restaurant by Restaurant magazine for three years running.")]
    [InlineData("Otto was declared {|EL2001:the oldest|} dog in the world by many, and she was crowned {|EL2001:the fastest|} woman in the world by far.", "Otto was officially declared the oldest dog in the world by the Guinness Book of Records in October 2009.")]
    [InlineData("Otto was declared {|EL2001:the oldest|} dog in the world by Monday.", "Otto was declared the oldest dog in the world by the Guinness Book of Records on Monday.")]
    [InlineData("She was listed by March as {|EL2001:one of the most powerful|} women in the world.", "She was listed by Theresa May as one of the most powerful women in the world.")]
    [InlineData("She was listed by Monday as {|EL2001:one of the most powerful|} women in the world.", "She was listed by June Almeida as one of the most powerful women in the world.")]
    [InlineData("She was listed by many as {|EL2001:the 35th most powerful|} woman in the world.", "She was recently listed by Forbes as the 35th most powerful woman in the world, and was named by the Financial Times as the best manager.")]
    [InlineData("It was named {|EL2001:the best|} restaurant in Europe, and the chef was praised by Restaurant magazine.", "It was named as the best restaurant in Europe by Restaurant magazine.")]
    public void Takes_a_title_conferred_by_a_named_agent_for_a_source(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("It is {|EL2001:the largest|} quake to strike within 50 kilometers (31 miles) of the capital.", "Within a week, 200,000 people had signed the petition, the largest in the country's history.")]
    [InlineData("The company, the country's {|EL2001:biggest|} lender, cut 2,000 jobs.", "The company, the country's biggest lender with 40 million customers, cut jobs.")]
    [InlineData("The South, the country's {|EL2001:largest|} region, saw a 16.3% decline.", "Houston, the largest city in Texas, is home to 2.3 million people; Lagos, the largest city in Africa — home to 15 million people — is growing.")]
    [InlineData("Airbus, Europe's {|EL2001:biggest|} aircraft maker, has announced 10,000 job cuts, and Lagos, {|EL2001:the largest|} city in Africa, has been growing by 600,000 people a year.", "Airbus, Europe's biggest aircraft maker, has 134,000 employees, and Lagos, the largest city in Africa, had 15 million people in 2020.")]
    [InlineData("The Cottonwood Fire, currently {|EL2001:the largest|} burning in the United States, destroys more than 100 condos.", "Houston, currently the largest city in Texas, has 2.3 million people.")]
    [InlineData("The airline orders more than 40 Airbus aircraft, {|EL2001:the largest|} investment in the company's history.", "The airline orders 40 Airbus aircraft worth $6 billion, the largest investment in the company's history. A study shows that 55 of the nation's biggest corporations paid no tax.")]
    [InlineData("The village lies twenty kilometres (twelve miles) from Srinagar, {|EL2001:the largest|} city in the region. The town, 600 kilometres east of Perth, is {|EL2001:the largest|} in Australia.", "The iceberg, 40 kilometres long, is the largest in the region; the tower, 828 metres tall, is the tallest in the world.")]
    [InlineData("He became {|EL2001:the fastest|} player to reach 14,000 runs. In Chicago, where snow was {|EL2001:heaviest|}, 2,200 flights were cancelled.", "It is the tallest tower in Asia, with 163 floors. It was the deadliest attack in years, with 50 killed. His was the longest suspension in NBA history, at 48 games. It was the deadliest mine in the country, killing 40 miners.")]
    [InlineData("The fine would be {|EL2001:the largest|} ever against an automaker, dwarfing a $1 million fine in 2004.", "The fine of $35 million would be the largest ever against an automaker.")]
    [InlineData("The campaign is {|EL2001:the second most costly|} election in history, beaten by the $650 million election of 2008.", "The campaign, at $750 million, is the second most costly election in history.")]
    [InlineData("The attack is {|EL2001:the deadliest|} in the country since 31 individuals were killed in January. The show was {|EL2001:the best|} ever staged, dwarfing the 1,200 before it.", "The attack is the deadliest in the country, with 31 people killed, the largest since 2019.")]
    [InlineData("The market is {|EL2001:one of Cairo's biggest|} attractions and has a history dating back to 1382, and the abbey, {|EL2001:the oldest|} in the region, has stood since 1066.", "It has the highest rate of the disease, one in 100, and the lowest, 1 in 250; the largest of them, in 800 cities, is the biggest chain. It was the largest rise in 150%.")]
    [InlineData("Law won the seat with 50,818 votes and becomes {|EL2001:the youngest|} member in the council's history.", "Goodwin, who is 36, will become the youngest member; and at 25 he was the youngest general.")]
    public void Does_not_take_a_bound_of_place_or_the_sentence_after_a_gloss_for_a_figure(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The campaign won 53% of the vote in Scotland's {|EL2001:largest|} city. It won 5,300 votes in {|EL2001:the biggest|} town in the region, and 5 million votes in {|EL2001:the largest|} state in the country.", "Lagos, the largest city in Africa, with 15 million people, is growing; Alaska, the largest state, covers 663,000 square miles; the tax rose 12%, the largest increase in a decade; the firm became the world's best-selling carmaker after selling 2.26 million vehicles.")]
    [InlineData("At least 60 people died in a stampede at a temple in Uttar Pradesh, India's {|EL2001:most populous|} state.", "Uttar Pradesh, India's most populous state with 240 million residents, votes today.")]
    [InlineData("A developer will rebuild {|EL2001:one of the most valuable|} sites on the avenue as 20 apartments.", "The painting, sold for $40 million, is the most valuable in the world, and the club, with 12 titles, is the most successful in the country.")]
    public void Does_not_take_a_figure_of_something_else_for_the_size_of_a_place(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("It was {|EL2001:the longest|} strike in 30 consecutive years. It was {|EL2001:the longest|} losing run in 12 quarters.", "The economy had shrunk for six consecutive quarters, the longest such run on record.")]
    public void Reads_a_run_of_periods_as_a_duration_unless_it_bounds_the_ranking(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("It is {|EL2001:the largest|} city in the world [citation needed].", "It is the largest city in the world [3].")]
    [InlineData("It is {|EL2001:the most important|} newspaper [of the region], and {|EL2001:the oldest|} [sic] in the world.", "It is the most important newspaper in the region [note1], and the oldest in the world [a].")]
    [InlineData("It is {|EL2001:the largest|} city in the world, according to the census [by whom?].", "It is the largest city in the world, according to the census.")]
    [InlineData("It is {|EL2001:the largest|} city in the world, with 8.8 million people [dubious – discuss].", "It is the largest city in the world, with 8.8 million people.")]
    [InlineData("It is {|EL2001:the largest|} city in the world, scientists say.", "It is the largest city in the world, the scientists of the census say.")]
    [InlineData("It is {|EL2001:the largest|} city in the world, experts agree [according to whom?].", "It is the largest city in the world, the UN agrees (Source: UN Population Division).")]
    [InlineData("It is {|EL2001:the largest|} city in the world.[citation needed]", "It is the largest city in the world.[12]")]
    [InlineData("It is {|EL2001:the largest|} city in the world, says the census. [by whom?]", "It is the largest city in the world, says the census. [Who] knows why.")]
    public void Counts_a_maintenance_mark_against_support(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Fact]
    public void Does_not_take_a_ranking_word_for_data() =>
        Verify("By any measure, it was {|EL2001:the deadliest|} storm ever, and it ranked high.");

    [Fact]
    public void Says_what_was_found_and_why_it_matters() =>
        Verify(
            "Japan is {|#0:the most important|} partner and the visit was {|#1:first-ever|}.",
            Expect("EL2001").At(0).WithMessage("'the most important' is a superlative with no source in its sentence; attribute it or cite evidence"),
            Expect("EL2001").At(1).WithMessage("'first-ever' is a peacock term with no source in its sentence; attribute it or cite evidence"));

    [Theory]
    [InlineData("At least 40 people came, at most 50; at best a draw, not least because most of them left.")]
    [InlineData("Most people agree, and for the most part we make the most of it.")]
    [InlineData("The best way to cut spending is growth, and we will do our best.")]
    [InlineData("We hold them to the highest standards and give the best possible care.")]
    [InlineData("The film won Best Picture and honored the Greatest Generation.")]
    [InlineData("In the interest of an honest protest, the forest to the west made a manifest request; I suggest we rest.")]
    [InlineData("The latest test was the third.")]
    public void Ignores_set_phrases_titles_and_look_alikes(string text) => Verify(text);

    [Theory]
    [InlineData("Seoul is the largest city in Korea, according to the census office.")]
    [InlineData("It is the best team in the league, the coach said.")]
    [InlineData("It is the largest city in the world, with 8.8 million people.")]
    [InlineData("It is the largest city in the world [3].")]
    [InlineData("It is the largest city in the world (Source: UN Population Division).")]
    [InlineData("It is the largest city in the world (Smith 2019).")]
    public void Accepts_support_in_the_sentence(string text) => Verify(text, new VerifierOptions { Path = "test.txt" });

    [Fact]
    public void Accepts_a_link_or_a_footnote_as_a_citation() =>
        Verify("It is the largest city in the world ([UN](https://un.org)).\n\nIt is the oldest constitution in the world.[^1]\n\n[^1]: Source.\n");

    [Theory]
    [InlineData("We must fund only our most important priorities.")]
    [InlineData("The bill helps the lowest income groups and the toughest assignments.")]
    [InlineData("Those least able to save will get help, and we lead best when we lead together.")]
    public void Ignores_speaker_rankings_classes_and_adverbs(string text) => Verify(text);

    [Fact]
    public void Leaves_quoted_speech_to_the_speaker() =>
        Verify("He called it “the best deal in history” and left.\n\n> It is the greatest city on Earth.\n");

    [Fact]
    public void Flags_quoted_speech_when_asked() =>
        Verify("He called it “{|EL2001:the best|} deal in history” and left.", Settings("""{ "flagQuotations": true }"""));

    [Fact]
    public void Finds_support_in_the_paragraph_when_the_scope_is_paragraph()
    {
        const string text = "It is the largest city in the world. The census office said so.";
        Verify("It is {|EL2001:the largest|} city in the world. The census office said so.");
        Verify(text, Settings("""{ "scope": "paragraph" }"""));
    }

    [Fact]
    public void Switches_terms_off_and_adds_terms() =>
        Verify(
            "It was a {|EL2001:best-in-class|} product and an unprecedented, {|EL2001:best-selling|} hit.",
            Settings("""{ "terms": { "unprecedented": false, "best-selling": true }, "extraTerms": [ "best-in-class" ] }"""));

    [Fact]
    public void Extends_the_set_phrases_and_the_attribution() =>
        Verify(
            "It tastes of the finest vintage, the guide rates it the best wine in the world. It is {|EL2001:the largest|} vineyard on Earth.",
            Settings("""{ "extraSetPhrases": [ "finest vintage" ], "extraAttribution": [ "the guide rates" ] }"""));

    [Fact]
    public void Reports_an_unknown_term_and_a_bad_scope()
    {
        var engine = new EditLint.Analysis.AnalyzerEngine(
            [new UnsupportedSuperlativeAnalyzer()],
            ClaimRuleOptions.WithSettings(UnsupportedSuperlativeAnalyzer.Id, """{ "terms": { "bestest": false }, "scope": "page" }"""));
        engine.InitializationNotifications.Select(n => n.Message).ShouldSatisfyAllConditions(
            m => m.ShouldContain(x => x.Contains("'bestest'")),
            m => m.ShouldContain(x => x.Contains("'page'")));
    }
}
