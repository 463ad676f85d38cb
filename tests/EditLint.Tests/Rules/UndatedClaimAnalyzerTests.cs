using EditLint.Analysis;
using EditLint.Rules.Claims;
using EditLint.Tests.Verifiers;
using static EditLint.Tests.Verifiers.ExpectedDiagnostic;

namespace EditLint.Tests.Rules;

public class UndatedClaimAnalyzerTests
{
    private static readonly DateOnly AsOf = new(2016, 1, 15);

    private static void Verify(string markup, params ExpectedDiagnostic[] expected) =>
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>(markup, expected);

    private static VerifierOptions Settings(string json, DateOnly? asOf = null) =>
        new() { AnalyzerOptions = ClaimRuleOptions.WithSettings(UndatedClaimAnalyzer.Id, json, asOf) };

    private static VerifierOptions Dated => new() { AnalyzerOptions = new AnalyzerOptions { AsOf = AsOf } };

    /// <summary>The markup's findings, exactly; then the trap beside it, with none.</summary>
    private static void VerifyWithTrap(string markup, string trap)
    {
        Verify(markup);
        Verify(trap);
    }

    [Theory]
    [InlineData("Moscow has {|EL2002:recently|} changed course.")]
    [InlineData("{|EL2002:Currently|}, Japan imposes sanctions.")]
    [InlineData("{|EL2002:At present|}, trade is falling.")]
    [InlineData("Relations have been strained {|EL2002:in recent years|}.")]
    [InlineData("Abe will visit Russia {|EL2002:in the near future|}.")]
    [InlineData("China is expected to lead after {|EL2002:the latest|} escalation.")]
    [InlineData("Kim Jong-un’s {|EL2002:latest|} provocations are unsurprising.")]
    [InlineData("{|EL2002:The current|} government disagrees.")]
    [InlineData("The {|EL2002:ongoing|} Kuril Islands dispute continues.")]
    [InlineData("The {|EL2002:upcoming|} summit matters.")]
    [InlineData("Trade fell {|EL2002:this year|} and rose {|EL2002:last month|}.")]
    [InlineData("They meet {|EL2002:next week|}.")]
    [InlineData("{|EL2002:So far|}, 2 million children have enrolled.")]
    [InlineData("Nothing {|EL2002:to date|} has stopped him.")]
    [InlineData("The talks will resume {|EL2002:soon|}.")]
    [InlineData("Welfare cases fell {|EL2002:over the past four years|}.")]
    [InlineData("Welfare cases fell {|EL2002:over the past 4 years|}.")]
    [InlineData("Prices will double {|EL2002:two years from now|}, or {|EL2002:10 years from now|}.")]
    [InlineData("In Chicago, more than 4,000 people were shot {|EL2002:last year|}.")]
    [InlineData("About 2000 people marched {|EL2002:this year|}.")]
    public void Flags_relative_time_with_no_date(string markup) => Verify(markup);

    [Theory]
    [InlineData("On January 6, 2016, the test was announced, and the latest sanctions followed.")]
    [InlineData("The latest test came on 6 January 2016.")]
    [InlineData("In his Jan. 12 statement, Lavrov spoke of the current talks.")]
    [InlineData("Komura has recently spoken, on January 11.")]
    [InlineData("Trade fell 30 percent in 2015, and relations have been strained in recent years.")]
    [InlineData("Russia pledged to expand trade by 2020 in the near future.")]
    [InlineData("The 2015–16 season is currently the best.")]
    [InlineData("Prices rose in the 1990s and are currently falling.")]
    [InlineData("As of March 2024, the ongoing review had found nothing.")]
    [InlineData("Sales in Q3 2024 were currently the highest.")]
    [InlineData("The fiscal 2023 budget is currently in force.")]
    [InlineData("The report of 2016-01-15 lists the latest figures.")]
    public void Accepts_an_absolute_date_in_the_sentence(string text) => Verify(text);

    [Theory]
    [InlineData("An electric current flows, and the currents of the ocean are strong.")]
    [InlineData("Stay calm, don’t fight the current.")]
    [InlineData("I present to the Congress my budget, and we represent the people.")]
    [InlineData("The now-defunct agency closed on Friday.")]
    [InlineData("We will act as soon as possible, soon after the vote.")]
    [InlineData("So far as business is concerned, the records are up to date.")]
    [InlineData("It was the last week of school, and the current account deficit grew.")]
    [InlineData("By Friday at the latest, the report will be done.")]
    [InlineData("Now on to the next step.")]
    public void Ignores_look_alikes_and_anchored_references(string text) => Verify(text);

    [Theory]
    [InlineData("Call `fs.write()` to write at the current position.")]
    [InlineData("The `cwd` option sets the current working directory of the child process.")]
    [InlineData("It returns the current Perl stack pointer.\n\n```c\ndSP;\n```\n")]
    [InlineData("Levels below the current one are skipped; see `caller`.")]
    [InlineData("The current user's support ticket is shown by `tickets`.")]
    [InlineData("Call `seek()` to move the current-position offset.")]
    public void Reads_current_in_a_document_with_code_as_the_moment_a_program_runs(string text) => Verify(text);

    [Theory]
    [InlineData("{|EL2002:The current|} stable release of `node` drops the flag.")]
    [InlineData("Run `make` to build {|EL2002:the current|} version.")]
    [InlineData("For {|EL2002:the current|} situation, see `perlos2`.")]
    [InlineData("Call `fs.write()`; it is {|EL2002:currently|} slow.")]
    [InlineData("{|EL2002:The current|} Node.js release drops `--foo`.")]
    [InlineData("{|EL2002:The current|} 2.x release drops `--foo`.")]
    public void Flags_current_before_the_products_state_in_a_document_with_code(string text) => Verify(text);

    [Theory]
    [InlineData("The army holds {|EL2002:the current|} position.")]
    [InlineData("Doctors check whether {|EL2002:the current|} process works.")]
    [InlineData("{|EL2002:The current|} process failed.\n\n    An indented paragraph is no code block here.\n")]
    public void Flags_current_before_any_noun_in_a_document_without_code(string text) => Verify(text);

    [Theory]
    [InlineData("Get the latest version of the source with `git clone`.")]
    [InlineData("We recommend updating to the latest commit of `main`.")]
    [InlineData("Install the latest release with `pip install foo`.")]
    [InlineData("Get the latest-stable build with `make`.")]
    public void Reads_latest_after_a_verb_of_getting_in_a_document_with_code_as_a_standing_pointer(string text) => Verify(text);

    [Theory]
    [InlineData("`gjs` uses mozjs, {|EL2002:the latest|} version of the engine.")]
    [InlineData("Get {|EL2002:the latest|} version from the shop.")]
    [InlineData("You can get {|EL2002:the latest|} version, 1.2, from `ftp`.")]
    [InlineData("`foo` uses {|EL2002:the latest|} LLVM to build.")]
    public void Flags_latest_describing_one_thing_or_in_a_document_without_code(string text) => Verify(text);

    [Theory]
    [InlineData("`xcwd` prints the directory of the currently focused window.")]
    [InlineData("Call `stop()` to end the currently running job.")]
    [InlineData("Build against the kernel that you are currently running; see `uname -r`.")]
    [InlineData("Upgrade from the release that you're currently using with `pip`.")]
    [InlineData("Choice conflicts in `javacc` will be explained shortly.")]
    [InlineData("As we will see shortly, `LOOKAHEAD` helps.")]
    [InlineData("Press `Enter` to open the currently-selected item.")]
    public void Reads_currently_and_shortly_in_a_document_with_code_as_a_programs_moment_or_a_pointer_into_the_text(string text) => Verify(text);

    [Theory]
    [InlineData("`foo` lists the {|EL2002:currently|} supported platforms.")]
    [InlineData("These are the {|EL2002:currently|} recognized `=head` commands.")]
    [InlineData("`foo` is {|EL2002:currently|} focused on speed.")]
    [InlineData("Only `Ed25519` is {|EL2002:currently|} supported by `ssh-keygen`.")]
    [InlineData("The `--bar` flag will be removed {|EL2002:shortly|}.")]
    [InlineData("It shows the {|EL2002:currently|} focused window.")]
    [InlineData("You are {|EL2002:currently|} unable to use `foo` on Windows.")]
    [InlineData("You {|EL2002:currently|} need to install `libfoo` by hand.")]
    [InlineData("The {|EL2002:currently|} officially supported platforms of `foo` are Linux and macOS.")]
    [InlineData("The {|EL2002:currently|}-supported platforms of `foo` are Linux and macOS.")]
    [InlineData("These tests all {|EL2002:currently|} fail on `win32`.")]
    [InlineData("Note that the `foo` {|EL2002:currently|} supports only Linux.")]
    [InlineData("A `--json` flag will be introduced {|EL2002:shortly|}.")]
    [InlineData("The budget will be explained {|EL2002:shortly|}.")]
    public void Flags_currently_and_shortly_of_the_product_or_in_a_document_without_code(string text) => Verify(text);

    [Theory]
    [InlineData("HTTP/3 in `http2` is not {|EL2002:yet|} supported.")]
    [InlineData("The `fork()` emulation has not {|EL2002:yet|} been implemented.")]
    [InlineData("EBCDIC platforms, unlike `ASCII` ones, are not fully supported {|EL2002:yet|}.")]
    [InlineData("Symbolic links `isn't` a problem: they aren't supported on Windows {|EL2002:yet|}.")]
    [InlineData("HTTP/3 in `http2` is not {|EL2002:yet|} fully supported.")]
    [InlineData("HTTP/3 in `http2` cannot {|EL2002:yet|} be supported.")]
    public void Flags_a_denied_state_of_the_product_with_yet_in_a_document_with_code(string text) => Verify(text);

    [Theory]
    [InlineData("HTTP/3 is not yet supported.")]
    [InlineData("Call `read()` when the data is not yet available.")]
    [InlineData("If `end()` has not yet been called, the stream stays open.")]
    [InlineData("The `fork()` emulation is supported, yet slow.")]
    [InlineData("The `--foo` option is not documented yet widely used.")]
    public void Leaves_yet_alone_elsewhere(string text) => Verify(text);

    [Theory]
    [InlineData("Now we can inspect the change with `git diff`.")]
    [InlineData("Now you need to run `make test`, and the suite passes.")]
    [InlineData("Now let's match the `'a'`.")]
    [InlineData("Now we're ready to build `app`.")]
    [InlineData("Now you'll see the output of `ls`.")]
    public void Reads_now_opening_a_step_of_a_procedure_in_a_document_with_code(string text) => Verify(text);

    [Theory]
    [InlineData("{|EL2002:Now|} `exists $Foo::{Bar::}` can be used to test it.")]
    [InlineData("{|EL2002:Now|} we can act, the minister said.")]
    [InlineData("{|EL2002:Now|} we support Windows and `arm64`.")]
    public void Flags_now_opening_the_products_state_or_a_sentence_without_code(string text) => Verify(text);

    [Theory]
    [InlineData("The council voted {|EL2002:yesterday|} and meets {|EL2002:tomorrow|}.", "The council voted on Tuesday and meets next on Thursday.")]
    [InlineData("{|EL2002:Today|} the talks resume; {|EL2002:tonight|} they dine.", "The talks resumed on the day of the vote, and the day before.")]
    [InlineData("The results came {|EL2002:this morning|}, after {|EL2002:last night's|} count.", "The results came in the morning, after the night's count.")]
    [InlineData("The world {|EL2002:today|} and {|EL2002:today's|} youth differ.", "The world of the 1960s and its youth differ.")]
    [InlineData("The minister spoke earlier {|EL2002:today|} and will speak later {|EL2002:today|}.", "The minister spoke earlier in the day and later that day.")]
    public void Flags_the_days_AP_style_names_by_weekday(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The company {|EL2002:now|} employs 300 people.", "Now, consider the budget.")]
    [InlineData("He is {|EL2002:right now|} in Paris.", "Now that the war is over, the now-defunct agency closed.")]
    [InlineData("It has grown {|EL2002:for several years now|}.", "It has grown for several years, and just now it stopped; every now and then it rains.")]
    [InlineData("He is {|EL2002:now|} retired.", "Anyone who now doubted it had only to watch the game.")]
    [InlineData("A nation torn by war and {|EL2002:now|} ravaged by disease asks for aid.", "The people voted, and now their government should act; and now, the weather.")]
    [InlineData("He was under secretary of the Army and {|EL2002:now|} works for a bank.", "And now I give you mine.")]
    [InlineData("The flag is {|EL2002:now|} on the stash, not the object.", "From now on, the flag lives on the stash.")]
    [InlineData("`man(1)` and `catman(8)` {|EL2002:now|} document the default list.", "And now `man(1)` documents the default list.")]
    [InlineData("`man(1)`\nand `catman(8)` {|EL2002:now|} document the default list.", "Type ` and now press Enter.")]
    [InlineData("The `man` pages are {|EL2002:now|} shorter.", "```\nmake\n```\nand now the list of `make` targets.")]
    [InlineData("Masks save lives {|EL2002:now|} and reduce the chances of new variants.", "It rains now and then, now and again it snows, and growth matters now and in the future, now and later, now and forevermore.")]
    public void Flags_now_as_a_claim_about_the_present(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("New sanctions could be ready {|EL2002:in a few weeks|}.", "The debt could be paid in ten years, and the bridge was built in a few weeks.")]
    [InlineData("The ship will sail {|EL2002:in a couple of days|}, and a report is expected {|EL2002:in several months|}.", "Results will come in a few days after the vote.")]
    [InlineData("It'll be ready {|EL2002:in a few weeks|}.", "You can learn Spanish in a few weeks, and officials who will meet Friday said the bridge was built in a few weeks.")]
    [InlineData("A vote is expected {|EL2002:within days|}, and rates will stay high {|EL2002:for the foreseeable future|}.", "The vote came within days of the attack, and the rules changed within weeks after the ruling.")]
    public void Flags_a_few_units_ahead_in_a_clause_about_the_future(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("His death on February 7 {|EL2002:last year|} led to mourning, and doses come from January {|EL2002:next year|}.", "The festival runs through March 11 this year, and he died on February 7, 2020.")]
    public void Takes_no_anchor_from_a_date_whose_year_is_named_from_today(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Theory]
    [InlineData("The {|EL2002:recent|} talks failed, given its {|EL2002:recent|} belligerence.", "The talks of January 1961 failed.")]
    [InlineData("They met {|EL2002:last September|} and meet {|EL2002:this October|} and {|EL2002:next March|}.", "They met in June and on January 26, and will meet last September 12.")]
    [InlineData("She left {|EL2002:three years ago|}, {|EL2002:just weeks ago|}, {|EL2002:a year and a half ago|}.", "She left three years after the war, weeks later.")]
    [InlineData("It fell {|EL2002:in the past two weeks|} and {|EL2002:over the past few months|}.", "It fell in the past, and the past tense is hard.")]
    [InlineData("It grew {|EL2002:in the last 10 years|} and will {|EL2002:in the next three months|}.", "It was the last week of school; the next day he left.")]
    [InlineData("Costs will rise {|EL2002:over the coming decade|} and {|EL2002:in the coming year|}.", "The coming of spring was late.")]
    [InlineData("These were {|EL2002:these past 100 days|}, and {|EL2002:the years ahead|} look hard.", "The days ahead of the vote were hard, these 100 days.")]
    [InlineData("{|EL2002:This year’s|} budget, {|EL2002:last year's|} deficit and {|EL2002:next week's|} vote.", "The year's budget and the week's vote.")]
    [InlineData("It ends by {|EL2002:the end of the year|}, by {|EL2002:the end of the decade|}.", "At the end of the day, by the end of the year 1961, it ended.")]
    [InlineData("It ends later {|EL2002:this year|}, earlier {|EL2002:this month|}, at the start of {|EL2002:next year|}.", "It ended that year, the month before, at the start of the following year.")]
    [InlineData("The team's record {|EL2002:this season|} beat {|EL2002:last weekend's|}.", "The team's last season was its best, and its next season starts in June.")]
    [InlineData("{|EL2002:A generation ago|} they bought antiques; the camp breaks {|EL2002:three weeks hence|}.", "A generation of buyers bought antiques; hence the prices.")]
    [InlineData("He is the Tartuffe of {|EL2002:the present|} production, painted in the first half of {|EL2002:the present|} century.", "He will present the production; all were present, and the present tense is hard.")]
    [InlineData("They will embark on it {|EL2002:before long|}, and {|EL2002:at this time|} the teams are ready.", "They left long before the war, at the time of the vote.")]
    [InlineData("We ran it {|EL2002:a couple of years back|} and met {|EL2002:the other day|}.", "The stars formed millions of years ago and came back later.")]
    [InlineData("We ran it {|EL2002:two weeks back|}.", "Prices will spring back, and the fund may fall back on its reserves.")]
    [InlineData("We ran it {|EL2002:years back|} and again {|EL2002:20 years back|}.", "The value falls back to the default.")]
    [InlineData("If {|EL2002:present|} trends continue, the city runs dry.", "It works for all past, present, and future versions.")]
    [InlineData("It lists {|EL2002:the present|} transactions and {|EL2002:the present|} members.", "It lists past and present transactions, past or present members, and former and present staff.")]
    [InlineData("The encoding is native {|EL2002:at time of writing|}, and {|EL2002:as of this writing|} it is the default.", "At the time of the vote, the writing was on the wall.")]
    [InlineData("{|EL2002:The present|} system and the {|EL2002:recent|} talks failed.", "These bugs present as crashes; if present, the field names the address; a more recent version drops it.")]
    [InlineData("The backlog will be cleared {|EL2002:by year end|}, and it has stood to {|EL2002:this day|}.", "On this day the wind had switched, and last minute decisions were made.")]
    [InlineData("Output far exceeds {|EL2002:present|} demand, at its {|EL2002:present|} strength.", "I will present a budget; all were present on the day, and he wants to present it.")]
    [InlineData("The company will {|EL2002:soon|} open a second plant.", "She soon became the toast of the West End, and inflation soon turned up again.")]
    [InlineData("Prices will {|EL2002:soon|} rise.", "The harmonies would soon become cloying; they had soon dropped the plan, and it was soon replaced.")]
    [InlineData("In a {|EL2002:recently|}-accepted paper, the {|EL2002:currently|}-serving mayor spoke.", "The current-account deficit of the now-defunct agency grew.")]
    [InlineData("{|EL2002:Present-day|} costs are high in the {|EL2002:present-day|} economy.", "All were present, day after day; the net present value, the present-value table and the present worth agree.")]
    [InlineData("The theme of {|EL2002:this years|} festival is the pig.", "The theme of the last years of his life, and of this year-round festival, is the pig.")]
    [InlineData("Prices will hold {|EL2002:in the years to come|} and {|EL2002:for decades to come|}.", "More problems came to light in the months before; they set a day to come back, and problems to come to light were many.")]
    [InlineData("We will build them {|EL2002:in the coming fiscal year|}, {|EL2002:this election year|}.", "The fiscal year 1947 and the election year of 1960 were hard; the school's year ended.")]
    [InlineData("Ideas had spread {|EL2002:over the last three or four years|}, and prices rose {|EL2002:over the past 10 to 15 years|}.", "He served for three or four years, and the last three or four games were lost.")]
    [InlineData("A formal update is {|EL2002:forthcoming|}, the issue may give way {|EL2002:shortly|}, and the {|EL2002:year-end|} deadline nears.", "Shortly after the vote they left, then shortly the rain came, and the year-end results were good.")]
    public void Flags_relative_time_by_its_shape(string markup, string trap) => VerifyWithTrap(markup, trap);

    [Fact]
    public void Leaves_the_days_to_the_dateline_in_same_day_wire_copy() =>
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>(
            "The council voted yesterday, last night and this morning, and meets tomorrow, {|EL2002:three years ago|}.",
            Settings("""{ "dateline": true }"""));

    [Fact]
    public void Switches_a_shape_of_the_grammar_off_by_its_name() =>
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>(
            "She left three years ago and returns {|EL2002:next spring|}.",
            Settings("""{ "terms": { "# units ago": false } }"""));

    [Fact]
    public void A_listed_compound_is_switched_off_by_its_own_name_not_through_the_word_before_its_hyphen() =>
        // "present-day": false did nothing, as "present" before the hyphen was found instead.
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>(
            "Present-day costs are high, and {|EL2002:present|} demand is weak.",
            Settings("""{ "terms": { "present-day": false } }"""));

    [Fact]
    public void Offers_the_weekday_or_the_date_as_AP_style_asks() =>
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>(
            "The council voted {|#0:yesterday|}, meets {|#1:tomorrow|} and {|#2:tonight|}; it left {|#3:two weeks ago|}, came {|#4:three years ago|} and {|#5:two months ago|}, met {|#6:last September|} and {|#7:next March|}. {|#8:Yesterday's|} vote counts. {|#9:Today|}, the young vote.",
            new VerifierOptions { AnalyzerOptions = new AnalyzerOptions { AsOf = new DateOnly(2015, 3, 4) } },
            Expect("EL2002").At(0).WithFix("on Tuesday"),
            Expect("EL2002").At(1).WithFix("on Thursday"),
            Expect("EL2002").At(2).WithFix("on Wednesday night"),
            Expect("EL2002").At(3).WithFix("on Feb. 18"),
            Expect("EL2002").At(4).WithFix("in 2012"),
            Expect("EL2002").At(5).WithFix("in January 2015"),
            Expect("EL2002").At(6).WithFix("in September 2014"),
            Expect("EL2002").At(7).WithFix("in March 2016"),
            Expect("EL2002").At(8).WithFix("Tuesday's"),
            Expect("EL2002").At(9).WithFix("On Wednesday"));

    [Fact]
    public void Puts_the_year_after_a_month_and_leaves_a_day_and_month_to_the_writer()
    {
        var engine = new AnalyzerEngine([new UndatedClaimAnalyzer()], AnalyzerOptions.Default);
        var result = engine.AnalyzeText("a.md", "---\ndate: 2021-02-10\n---\n\nDoses come from January next year. He died on February 7 last year. She left on March 3rd last year. It began in Feb. last year. We will march next year.\n");
        result.Diagnostics.Select(d => d.Fix?.Replacement).ShouldBe(["2022", null, null, "2020", "in 2022"]);
    }

    [Fact]
    public void Applies_day_and_month_fixes_but_leaves_a_sentence_initial_today_for_review()
    {
        var engine = new AnalyzerEngine([new UndatedClaimAnalyzer()], AnalyzerOptions.Default);
        var result = engine.AnalyzeText("a.md", "---\ndate: 2015-03-04\n---\n\nIt rained yesterday. Today, the young vote. They met last September.\n");
        result.Diagnostics.Select(d => (d.Fix!.Replacement, d.Fix.IsSafe)).ShouldBe([("on Tuesday", true), ("On Wednesday", false), ("in September 2014", true)]);
    }

    [Fact]
    public void Leaves_quoted_speech_to_the_speaker() =>
        Verify("“We will meet soon,” he said on January 11.\n\nHe said “it is currently under review”.\n");

    [Fact]
    public void Leaves_a_quotation_that_runs_on_into_the_next_paragraph_to_the_speaker() =>
        Verify("\"Radio matters more to us today, because it is a mirror.\n\nThe coach said, \"We learned a lot from today's game.\n\n\"It was a long season.\"\n\nMcNab stated \"The tanker is our first priority right now.\n\nIt said that \"The Treasury today announced a guaranty program.\n\nCosts rose. \"The plan is {|EL2002:now|} the priority.\n\nThe CFO stated \"We are over budget,” and the project is {|EL2002:now|} the largest.\n\nA stray \" mark leaves {|EL2002:today|} flagged.\n\nThe so-called \"fix is {|EL2002:currently|} in review.\n\nThe team calls it the \"Big Fix and it is {|EL2002:currently|} in review.\n");

    [Fact]
    public void Flags_quoted_speech_when_asked() =>
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>("He said “it is {|EL2002:currently|} under review”.", Settings("""{ "flagQuotations": true }"""));

    [Fact]
    public void Explains_what_to_add_when_the_document_has_no_date() =>
        Verify(
            "Relations have been strained {|#0:in recent years|}.",
            Expect("EL2002").At(0).WithMessage("'in recent years' is a relative time reference with no date in its sentence, so it goes stale after publication; add an absolute date, e.g. 'as of <month year>'"));

    [Fact]
    public void Offers_the_absolute_form_when_the_document_has_a_date() =>
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>(
            "Trade fell {|#0:this year|}, rose {|#1:last year|} and {|#2:last month|}. {|#3:Currently|}, Japan waits. It waits {|#4:recently|}.",
            Dated,
            Expect("EL2002").At(0).WithFix("in 2016").WithMessage("'this year' is a relative time reference with no date in its sentence, so it goes stale after publication; write 'in 2016'"),
            Expect("EL2002").At(1).WithFix("in 2015"),
            Expect("EL2002").At(2).WithFix("in December 2015"),
            Expect("EL2002").At(3).WithFix("As of January 2016"),
            Expect("EL2002").At(4).WithMessage("'recently' is a relative time reference with no date in its sentence, so it goes stale after publication; add the date it means (the document speaks from January 2016)"));

    [Fact]
    public void Marks_year_and_month_fixes_safe_and_as_of_fixes_for_review()
    {
        var engine = new AnalyzerEngine([new UndatedClaimAnalyzer()], AnalyzerOptions.Default);
        var result = engine.AnalyzeText("a.md", "---\ndate: 2016-01-15\n---\n\nSales fell by next year. Sales are currently low.\n");
        var fixes = result.Diagnostics.Select(d => d.Fix!).ToArray();
        fixes.Select(f => (f.Replacement, f.IsSafe)).ShouldBe([("2017", true), ("as of January 2016", false)]);
        result.Diagnostics[0].Properties[UndatedClaimAnalyzer.TermProperty].ShouldBe("next year");
    }

    [Fact]
    public void Finds_a_date_in_the_paragraph_when_the_scope_is_paragraph()
    {
        Verify("Sanctions came in 2015. Trade has fallen since {|EL2002:last year|}.");
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>("Sanctions came in 2015. Trade has fallen since last year.", Settings("""{ "scope": "paragraph" }"""));
    }

    [Fact]
    public void Switches_terms_on_and_off_and_adds_terms() =>
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>(
            "{|EL2002:Today|} the ongoing talks resume, {|EL2002:as things stand|}.",
            Settings("""{ "terms": { "today": true, "ongoing": false }, "extraTerms": [ "as things stand" ] }"""));

    [Fact]
    public void An_added_term_with_a_number_after_its_first_word_matches_digits_and_number_words() =>
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>(
            "The vote comes {|EL2002:within 3 days|}, the count {|EL2002:within two days|}, within reason.",
            Settings("""{ "extraTerms": [ "within # days" ] }"""));

    [Fact]
    public void An_added_term_of_a_number_alone_is_found_in_a_sentence_with_no_time_word() =>
        AnalyzerVerifier.Verify<UndatedClaimAnalyzer>(
            "The plant employs {|EL2002:300|} people.",
            Settings("""{ "extraTerms": [ "#" ] }"""));
}
