using System.Runtime;
using EditLint.Names;
using Shouldly;

namespace EditLint.Tests.Names;

/// <summary>The hold is the process's one no-GC region: these tests run when no other test runs.</summary>
[CollectionDefinition(nameof(GarbageCollectionHoldTests), DisableParallelization = true)]
[Collection(nameof(GarbageCollectionHoldTests))]
public class GarbageCollectionHoldTests
{
    [Fact]
    public void A_hold_stops_collections_until_it_is_released()
    {
        // A name list loaded by an earlier test may still hold collections off while its look-up is built.
        var hold = GarbageCollectionHold.Begin(16 << 20);
        SpinWait.SpinUntil(() => hold.IsHolding || (hold = GarbageCollectionHold.Begin(16 << 20)).IsHolding, TimeSpan.FromSeconds(10));
        hold.IsHolding.ShouldBeTrue();

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
        var hold = GarbageCollectionHold.Begin(1 << 20);
        var kept = new List<byte[]>();
        for (var i = 0; i < 64; i++)
        {
            kept.Add(new byte[1 << 20]);
        }

        Should.NotThrow(hold.Release);
        Should.NotThrow(hold.Release);
        kept.Count.ShouldBe(64);
        GCSettings.LatencyMode.ShouldNotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public async Task A_name_list_loads_under_the_hold_and_its_near_miss_look_up_completes()
    {
        var set = NameLists.LoadUncached([EditLint.Tests.Rules.NameTestLists.House]);
        await set.Index.NearMissesReady.WaitAsync(TimeSpan.FromSeconds(30));
        set.Errors.ShouldBeEmpty();
        set.Index.Exact("masahikokomura").Single().Person.Name.ShouldBe("Masahiko Komura");
        var near = new List<(IndexedForm Form, int Distance)>();
        set.Index.NearLastToken("komora", near);
        near.ShouldContain(hit => hit.Form.Form.Text == "Masahiko Komura" && hit.Distance == 1);
    }
}
