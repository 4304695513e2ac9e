using Kinerja.EventStore.Operations;

namespace Kinerja.EventStore.Tests.Operations;

[Collection(InfrastructureCollection.Name)]
public sealed class Reading_the_store_status(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task an_empty_store_has_no_events_and_no_head()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);

        var status = await store.GetStatusAsync();

        status.Events.ShouldBe(0);
        status.Head.ShouldBeNull();
    }

    [Fact]
    public async Task the_event_count_and_head_match_what_a_reader_sees()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        await TestStores.DraftAsync(store, "agreement-a", new TargetRevised("IKU-1", 80m, "initial"), new TargetRevised("IKU-2", 70m, "initial"));
        await TestStores.DraftAsync(store, "agreement-b");
        await using (var session = store.OpenSession(TestStores.Operator))
        {
            await session.Append("agreement-b", 1, new AgreementSigned(DateTimeOffset.UtcNow)).SaveChangesAsync();
        }
        await using (var session = store.OpenSession(TestStores.Operator))
        {
            // A stale version writes nothing and must not be counted.
            session.Append("agreement-b", 1, new AgreementSigned(DateTimeOffset.UtcNow));
            await Should.ThrowAsync<ConcurrencyException>(() => session.SaveChangesAsync());
        }

        var status = await store.GetStatusAsync();

        var all = await store.ReadAllAsync(EventFilter.All, EventPosition.Start);
        all.Events.Count.ShouldBe(5);
        status.Events.ShouldBe(5);
        status.Head.ShouldBe(all.Events[^1].Position.ToString());
    }
}
