using System.Diagnostics;

namespace Kinerja.EventStore.Tests.Appending;

[Collection(InfrastructureCollection.Name)]
public sealed class Appending_events(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task appended_events_are_read_back_in_order_with_versions_and_metadata()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 15, 8, 30, 0, TimeSpan.Zero).AddTicks(1234567));
        await using var store = await TestStores.CreateAsync(infrastructure, options => options.Time = clock);

        await TestStores.DraftAsync(store, "agreement-1", new TargetRevised("IKU-1", 80m, "APBD-Perubahan"));
        await using (var session = store.OpenSession(new EventMetadata("64.02", "verifier@64.02", "mutasi pejabat", "corr-1", "cause-1")))
        {
            session.Append("agreement-1", 2, new AgreementSigned(clock.Now));
            await session.SaveChangesAsync();
        }

        var events = await store.ReadStreamAsync("agreement-1");
        events.Select(e => e.Version).ShouldBe([1, 2, 3]);
        events.Select(e => e.TypeName).ShouldBe(["agreement.drafted.v1", "agreement.target-revised.v1", "agreement.signed.v1"]);
        events[1].Data.ShouldBe(new TargetRevised("IKU-1", 80m, "APBD-Perubahan"));
        events[2].Metadata.ShouldBe(new EventMetadata("64.02", "verifier@64.02", "mutasi pejabat", "corr-1", "cause-1"));
        events[0].Metadata.Actor.ShouldBe("operator@64.02");
        events.ShouldAllBe(e => e.RecordedAt == new DateTimeOffset(2026, 1, 15, 8, 30, 0, TimeSpan.Zero).AddTicks(1234560));
        (await store.ReadStreamAsync("agreement-1", 2, 2)).Single().Version.ShouldBe(2);
    }

    [Fact]
    public async Task appending_with_a_stale_version_is_rejected_with_the_actual_version_and_writes_nothing()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        await TestStores.DraftAsync(store, "agreement-2", new TargetRevised("IKU-1", 80m, "r"));

        await using var session = store.OpenSession(TestStores.Operator);
        session.Append("agreement-2", 1, new AgreementSigned(DateTimeOffset.UtcNow));
        var error = await Should.ThrowAsync<ConcurrencyException>(() => session.SaveChangesAsync());

        error.StreamId.ShouldBe("agreement-2");
        error.Expected.ShouldBe(ExpectedVersion.Exactly(1));
        error.Actual.ShouldBe(2);
        (await store.ReadStreamAsync("agreement-2")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task starting_a_stream_that_exists_or_appending_to_one_that_does_not_is_rejected()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        await TestStores.DraftAsync(store, "agreement-3");

        var exists = await Should.ThrowAsync<ConcurrencyException>(() => TestStores.DraftAsync(store, "agreement-3"));
        exists.Expected.ShouldBe(ExpectedVersion.NoStream);
        exists.Actual.ShouldBe(1);

        await using var session = store.OpenSession(TestStores.Operator);
        session.Append("agreement-missing", 4, new AgreementSigned(DateTimeOffset.UtcNow));
        (await Should.ThrowAsync<ConcurrencyException>(() => session.SaveChangesAsync())).Actual.ShouldBe(0);
        (await store.ReadStreamAsync("agreement-missing")).ShouldBeEmpty();
    }

    [Fact]
    public async Task any_version_appends_to_a_new_or_existing_stream()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        for (var i = 0; i < 3; i++)
        {
            await using var session = store.OpenSession(TestStores.Operator);
            session.Append("agreement-any", ExpectedVersion.Any, new TargetRevised("IKU-1", i, "r"));
            await session.SaveChangesAsync();
        }
        (await store.ReadStreamAsync("agreement-any")).Select(e => e.Version).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task a_session_over_several_streams_saves_all_or_nothing()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        await TestStores.DraftAsync(store, "agreement-parent");
        await TestStores.DraftAsync(store, "agreement-child", new TargetRevised("IKU-1", 5m, "r"));

        await using (var stale = store.OpenSession(TestStores.Operator))
        {
            stale.Append("agreement-parent", 1, new TargetRevised("IKU-1", 10m, "cascade"));
            stale.Append("agreement-child", 1, new TargetRevised("IKU-1", 10m, "cascade"));
            stale.Enqueue(new AgreementSignedMessage("agreement-parent", Guid.NewGuid()));
            await Should.ThrowAsync<ConcurrencyException>(() => stale.SaveChangesAsync());
        }
        (await store.ReadStreamAsync("agreement-parent")).Count.ShouldBe(1);
        (await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM event_store.outbox")).ShouldBe(0);

        await using (var fresh = store.OpenSession(TestStores.Operator))
        {
            fresh.Append("agreement-parent", 1, new TargetRevised("IKU-1", 10m, "cascade"));
            fresh.Append("agreement-child", 2, new TargetRevised("IKU-1", 10m, "cascade"));
            (await fresh.SaveChangesAsync()).ShouldBeTrue();
            fresh.Appended.Select(e => (e.StreamId, e.Version)).ShouldBe([("agreement-parent", 2L), ("agreement-child", 3L)]);
        }
    }

    [Fact]
    public async Task of_many_concurrent_appends_at_the_same_version_exactly_one_wins()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        await TestStores.DraftAsync(store, "agreement-race");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var session = store.OpenSession(TestStores.Operator);
            session.Append("agreement-race", 1, new TargetRevised("IKU-1", i, "race"));
            try
            {
                await session.SaveChangesAsync();
                return "won";
            }
            catch (ConcurrencyException e) when (e.Actual == 2)
            {
                return "lost";
            }
        }));

        outcomes.Count(o => o == "won").ShouldBe(1);
        outcomes.Count(o => o == "lost").ShouldBe(7);
        (await store.ReadStreamAsync("agreement-race")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task correlation_and_causation_default_to_the_current_trace()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        using var activity = new Activity("revise-target").SetIdFormat(ActivityIdFormat.W3C).Start();

        await TestStores.DraftAsync(store, "agreement-traced");

        var metadata = (await store.ReadStreamAsync("agreement-traced")).Single().Metadata;
        metadata.CorrelationId.ShouldBe(activity.TraceId.ToHexString());
        metadata.CausationId.ShouldBe(activity.SpanId.ToHexString());
        metadata.Tenant.ShouldBe("64.02");
        metadata.Reason.ShouldBe("drafting");
    }

    [Fact]
    public async Task events_of_an_unregistered_type_cannot_be_appended()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        await using var session = store.OpenSession(TestStores.Operator);
        Should.Throw<UnknownEventTypeException>(() => session.StartStream("agreement-x", "agreement", new Uri("https://example.org")));
    }
}
