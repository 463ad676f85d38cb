using System.Runtime;
using EditLint.Analysis;
using EditLint.Cli;
using EditLint.Names;
using EditLint.Rules.Names;
using Shouldly;

namespace EditLint.Tests.Cli;

/// <summary>The hold is the process's one no-GC region: these tests run when no other test runs.</summary>
[CollectionDefinition(nameof(GarbageCollectionHoldTests), DisableParallelization = true)]
[Collection(nameof(GarbageCollectionHoldTests))]
public class GarbageCollectionHoldTests
{
    [Fact]
    public void A_hold_stops_collections_until_it_is_released()
    {
        var hold = TakeHold(16 << 20);

        var second = GarbageCollectionHold.Begin(16 << 20);
        second.IsHolding.ShouldBeFalse();
        second.Release();
        hold.IsHolding.ShouldBeTrue();

        hold.Release();
        hold.IsHolding.ShouldBeFalse();
        GCSettings.LatencyMode.ShouldNotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void A_load_that_allocates_more_than_expected_ends_its_hold_without_an_error()
    {
        var hold = TakeHold(1 << 20);
        var kept = new List<byte[]>();
        for (var i = 0; i < 64; i++)
        {
            kept.Add(new byte[1 << 20]);
        }

        hold.IsHolding.ShouldBeFalse(); // the runtime ended it
        Should.NotThrow(hold.Release);
        Should.NotThrow(hold.Release);
        kept.Count.ShouldBe(64);
        TakeHold(1 << 20).Release(); // and the next load may hold again
    }

    [Fact]
    public async Task A_loaded_list_tells_when_its_near_miss_look_up_is_ready()
    {
        var set = NameLists.LoadUncached([EditLint.Tests.Rules.NameTestLists.House]);
        await set.Index.NearMissesReady.WaitAsync(TimeSpan.FromSeconds(30));
        set.Errors.ShouldBeEmpty();
        set.Index.Exact("masahikokomura").Single().Person.Name.ShouldBe("Masahiko Komura");
        var near = new List<(IndexedForm Form, int Distance)>();
        set.Index.NearLastToken("komora", near);
        near.ShouldContain(hit => hit.Form.Form.Text == "Masahiko Komura" && hit.Distance == 1);
    }

    [Fact]
    public async Task The_library_loads_name_lists_without_holding_collections_off_and_says_when_their_background_work_is_done()
    {
        SpinWait.SpinUntil(() => GCSettings.LatencyMode != GCLatencyMode.NoGCRegion, TimeSpan.FromSeconds(10)); // an earlier test's hold
        string list = Path.Combine(Directory.CreateTempSubdirectory("editlint-hold-").FullName, "names.json");
        File.Copy(EditLint.Tests.Rules.NameTestLists.House, list);

        var engine = new AnalyzerEngine([new NameAnalyzer()], AnalyzerOptions.Default with { NameListPaths = [list] });

        GCSettings.LatencyMode.ShouldNotBe(GCLatencyMode.NoGCRegion);
        await engine.BackgroundWork.WaitAsync(TimeSpan.FromSeconds(30));
        engine.AnalyzeText("a.md", "Masashiko Komura spoke.\n").Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("EL1001");
    }

    // A name list loaded by an earlier test may still hold collections off while its look-up is built.
    private static GarbageCollectionHold TakeHold(long bytes)
    {
        var hold = GarbageCollectionHold.Begin(bytes);
        SpinWait.SpinUntil(() => hold.IsHolding || (hold = GarbageCollectionHold.Begin(bytes)).IsHolding, TimeSpan.FromSeconds(10));
        hold.IsHolding.ShouldBeTrue();
        return hold;
    }
}
