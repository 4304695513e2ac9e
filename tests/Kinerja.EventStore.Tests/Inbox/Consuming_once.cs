namespace Kinerja.EventStore.Tests.Inbox;

[Collection(InfrastructureCollection.Name)]
public sealed class Consuming_once(InfrastructureFixture infrastructure)
{
    private static async Task<bool> HandleAsync(EventStore store, Guid messageId, string consumer)
    {
        await using var session = store.OpenSession(TestStores.Operator with { Reason = "agreement evaluated" });
        session.MarkConsumed(messageId, consumer);
        session.Append("evaluation-1", ExpectedVersion.Any, new TargetRevised("IKU-1", 1m, "from message"));
        return await session.SaveChangesAsync();
    }

    [Fact]
    public async Task a_redelivered_message_changes_nothing()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        var messageId = Guid.NewGuid();

        (await HandleAsync(store, messageId, "evaluations")).ShouldBeTrue();
        (await HandleAsync(store, messageId, "evaluations")).ShouldBeFalse();

        (await store.ReadStreamAsync("evaluation-1")).Count.ShouldBe(1);
        (await HandleAsync(store, messageId, "sanction-reward")).ShouldBeTrue();
        (await store.ReadStreamAsync("evaluation-1")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task concurrent_deliveries_of_one_message_are_applied_once()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        var messageId = Guid.NewGuid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => HandleAsync(store, messageId, "evaluations")));

        outcomes.Count(saved => saved).ShouldBe(1);
        (await store.ReadStreamAsync("evaluation-1")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task a_failed_handling_leaves_the_message_unconsumed()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        await TestStores.DraftAsync(store, "agreement-in");
        var messageId = Guid.NewGuid();

        await using (var stale = store.OpenSession(TestStores.Operator))
        {
            stale.MarkConsumed(messageId, "evaluations").Append("agreement-in", 5, new AgreementSigned(DateTimeOffset.UtcNow));
            await Should.ThrowAsync<ConcurrencyException>(() => stale.SaveChangesAsync());
        }

        (await HandleAsync(store, messageId, "evaluations")).ShouldBeTrue();
    }

    [Fact]
    public async Task a_message_whose_work_was_saved_earlier_is_marked_consumed_alone()
    {
        // Evaluations saves a period's close agreement by agreement, then marks the message consumed on its own.
        await using var store = await TestStores.CreateAsync(infrastructure);
        var messageId = Guid.NewGuid();

        async Task<bool> MarkAsync()
        {
            await using var session = store.OpenSession(TestStores.Operator);
            session.MarkConsumed(messageId, "evaluations.period-closed");
            return await session.SaveChangesAsync();
        }

        (await store.HasConsumedAsync(messageId, "evaluations.period-closed")).ShouldBeFalse();
        (await MarkAsync()).ShouldBeTrue();
        (await store.HasConsumedAsync(messageId, "evaluations.period-closed")).ShouldBeTrue();
        (await store.HasConsumedAsync(messageId, "evaluations.period-reopened")).ShouldBeFalse();
        (await MarkAsync()).ShouldBeFalse();
    }
}
