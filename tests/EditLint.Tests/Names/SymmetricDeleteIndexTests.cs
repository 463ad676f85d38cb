using CsCheck;
using EditLint.Names;

namespace EditLint.Tests.Names;

public class SymmetricDeleteIndexTests
{
    [Fact]
    public void The_symmetric_delete_index_finds_near_keys_without_scanning()
    {
        var index = new SymmetricDeleteIndex();
        foreach (var key in new[] { "komura", "komoyedov", "putin", "lankov", "xi" })
        {
            index.Add(key);
        }

        var hits = new List<(int Id, int Distance)>();
        index.Search("lankow", static (a, b) => EditDistance.Threshold(Math.Max(a, b)), hits);
        hits.Select(h => (index[h.Id], h.Distance)).ShouldBe([("lankov", 1)]);
        hits.Clear();
        index.Search("li", static (a, b) => EditDistance.Threshold(Math.Max(a, b)), hits);
        hits.ShouldBeEmpty();
    }

    [Fact]
    public void A_key_added_after_a_search_is_found_by_the_next_one()
    {
        var index = new SymmetricDeleteIndex();
        index.Add("komura");
        var hits = new List<(int Id, int Distance)>();
        index.Search("lankow", static (a, b) => EditDistance.Threshold(Math.Max(a, b)), hits);
        hits.ShouldBeEmpty();

        index.Add("lankov");
        index.Search("lankow", static (a, b) => EditDistance.Threshold(Math.Max(a, b)), hits);
        index.Search("komurra", static (a, b) => EditDistance.Threshold(Math.Max(a, b)), hits);
        hits.Select(h => (index[h.Id], h.Distance)).ShouldBe([("lankov", 1), ("komura", 1)]);
    }

    [Theory]
    [InlineData("Pxxxxxxx", "Pxxxxxx", 1)]
    [InlineData("Pxxxxxxxxx", "Pxxxxxxx", 2)]
    [InlineData("Kaaaaaaaaaa", "Kaaaaaaaab", 2)]
    [InlineData("Mississippi", "Missisipi", 2)]
    [InlineData("Mississippi", "Mississipi", 1)]
    [InlineData("Aaabbbaaabbb", "Aabbbaaabb", 2)]
    public void Keys_with_runs_of_one_letter_are_found_by_every_near_miss(string key, string query, int distance)
    {
        // Each distinct deletion is made once, from the first letters of a run; every string within the threshold is still reached.
        var index = new SymmetricDeleteIndex();
        index.Add(key);
        index.Add("Unrelated");
        var hits = new List<(int Id, int Distance)>();
        index.Search(query, static (a, b) => 2, hits);
        hits.Select(h => (index[h.Id], h.Distance)).ShouldBe([(key, distance)]);
        hits.Clear();
        index.Search(key, static (a, b) => 2, new List<(int Id, int Distance)>());
        var reverse = new SymmetricDeleteIndex();
        reverse.Add(query);
        reverse.Search(key, static (a, b) => 2, hits);
        hits.Select(h => (reverse[h.Id], h.Distance)).ShouldBe([(query, distance)]);
    }

    [Fact]
    public void A_run_of_one_letter_is_stored_as_its_distinct_deletions_only()
    {
        // Deleting any letter of "xxxx…" gives one string; storing one entry per pair of letters put 1,800 equal entries
        // in one bucket for a 60-letter word, and a probe of a word like it took minutes.
        var index = new SymmetricDeleteIndex();
        index.Add("P" + new string('x', 59));
        index.EntryCount.ShouldBe(1 + 2 + 2); // the word; without "P" or one x; without "P" and one x, or two x
    }

    [Fact]
    public void A_word_longer_than_any_name_is_matched_exactly_only()
    {
        // A word of thousands of letters in a name list or an article would otherwise make millions of deletions.
        var word = string.Concat(Enumerable.Range(0, SymmetricDeleteIndex.MaxDeletedLength + 1).Select(i => (char)('a' + (i * 7 % 26))));
        var index = new SymmetricDeleteIndex();
        index.Add(word);
        var hits = new List<(int Id, int Distance)>();
        index.Search(word, static (a, b) => 2, hits);
        hits.Select(h => (index[h.Id], h.Distance)).ShouldBe([(word, 0)]);
        hits.Clear();
        index.Search(word.Remove(10, 1), static (a, b) => 2, hits);
        hits.ShouldBeEmpty();
    }

    [Fact]
    public void Keys_longer_than_the_scratch_buffer_are_found_by_their_near_misses()
    {
        // Deletion hashes use a per-thread buffer for keys of up to 64 letters and a new one beyond.
        var key = string.Concat(Enumerable.Repeat("abcdefghij", 8));
        var index = new SymmetricDeleteIndex();
        index.Add(key[..60]);
        index.Add(key[..70]);
        index.Add(key);
        var hits = new List<(int Id, int Distance)>();
        index.Search(key[..69] + "xk", static (a, b) => 2, hits);
        hits.Select(h => (index[h.Id], h.Distance)).ShouldBe([(key[..70], 2)]);
        hits.Clear();
        index.Search(key.Remove(30, 1), static (a, b) => 2, hits);
        hits.Select(h => (index[h.Id], h.Distance)).ShouldBe([(key, 1)]);
    }

    [Fact]
    public void A_deletion_hashes_as_the_shorter_key_itself()
    {
        // A near miss is found only if "lankow" without 'w' hashes as "lanko" does, from whatever key it was cut.
        Gen.Char["abcdé"].Array[2, 70].Select(letters => new string(letters)).Sample(key =>
        {
            var buffer = new ulong[2 * (key.Length + 1)];
            var deletions = new DeletionHashes(key, buffer);
            for (var i = 0; i < key.Length; i++)
            {
                deletions.Without(i).ShouldBe(WholeHash(key.Remove(i, 1)), key + " without " + i);
                for (var j = i + 1; j < key.Length; j++)
                {
                    deletions.Without(i, j).ShouldBe(WholeHash(key.Remove(j, 1).Remove(i, 1)), key + " without " + i + " and " + j);
                }
            }
        });

        static ulong WholeHash(string key) => new DeletionHashes(key, new ulong[2 * (key.Length + 1)]).Whole;
    }

    [Fact]
    public void The_symmetric_delete_index_finds_exactly_the_keys_a_full_scan_finds()
    {
        // Few letters, so that near keys are common; lengths on both sides of each threshold step.
        var word = Gen.Char["abc"].Array[1, 11].Select(letters => new string(letters));
        Gen.Select(word.Array[1, 40], word).Sample((keys, query) =>
        {
            var index = new SymmetricDeleteIndex();
            foreach (var key in keys)
            {
                index.Add(key);
            }

            static int Threshold(int a, int b) => EditDistance.Threshold(Math.Max(a, b));
            var hits = new List<(int Id, int Distance)>();
            index.Search(query, Threshold, hits);
            var found = hits.Select(h => (index[h.Id], h.Distance)).OrderBy(h => h.Item1, StringComparer.Ordinal).ToList();
            var scanned = keys.Distinct()
                .Select(key => (key, EditDistance.Bounded(query, key, Threshold(query.Length, key.Length))))
                .Where(h => h.Item2 <= Threshold(query.Length, h.key.Length))
                .OrderBy(h => h.key, StringComparer.Ordinal)
                .ToList();
            found.ShouldBe(scanned);
        });
    }
}
