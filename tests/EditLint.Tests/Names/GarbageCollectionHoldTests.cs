using EditLint.Names;
using Shouldly;

namespace EditLint.Tests.Names;

public class GarbageCollectionHoldTests
{
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
