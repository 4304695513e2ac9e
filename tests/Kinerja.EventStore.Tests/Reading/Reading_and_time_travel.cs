namespace Kinerja.EventStore.Tests.Reading;

[Collection(InfrastructureCollection.Name)]
public sealed class Reading_and_time_travel(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task an_aggregate_is_folded_at_its_latest_version_at_a_version_and_as_it_stood_at_a_time()
    {
        var january = new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);
        var clock = new FixedClock(january);
        await using var store = await TestStores.CreateAsync(infrastructure, options => options.Time = clock);
        await TestStores.DraftAsync(store, "agreement-tt", new TargetRevised("IKU-1", 70m, "initial"));
        clock.Now = january.AddMonths(6);
        await using (var session = store.OpenSession(TestStores.Operator))
        {
            session.Append("agreement-tt", 2, new TargetRevised("IKU-1", 85m, "APBD-Perubahan"), new AgreementSigned(clock.Now));
            await session.SaveChangesAsync();
        }

        var latest = await store.AggregateStreamAsync("agreement-tt", Agreement.None, Agreement.Apply);
        var atVersion2 = await store.AggregateStreamAsync("agreement-tt", Agreement.None, Agreement.Apply, atVersion: 2);
        var inMarch = await store.AggregateStreamAsync("agreement-tt", Agreement.None, Agreement.Apply, asOf: january.AddMonths(2));
        var beforeDrafting = await store.AggregateStreamAsync("agreement-tt", Agreement.None, Agreement.Apply, asOf: january.AddDays(-1));

        latest.ShouldBe(new Aggregated<Agreement>(new Agreement("Budi", 85m, 2, true), 4));
        atVersion2.ShouldBe(new Aggregated<Agreement>(new Agreement("Budi", 70m, 1, false), 2));
        inMarch.ShouldBe(atVersion2);
        beforeDrafting.ShouldBeNull();
    }

    [Fact]
    public async Task all_events_of_a_tenant_or_of_a_type_are_read_in_global_order_page_by_page()
    {
        await using var store = await TestStores.CreateAsync(infrastructure);
        for (var i = 0; i < 5; i++)
        {
            var tenant = i % 2 == 0 ? "64.02" : "35.78";
            await using var session = store.OpenSession(new EventMetadata(tenant, "operator"));
            session.StartStream($"agreement-{i}", "agreement", new AgreementDrafted($"official {i}", 2026), new TargetRevised("IKU-1", i, "r"));
            await session.SaveChangesAsync();
        }

        var kutai = await store.ReadAllAsync(new EventFilter(Tenant: "64.02"), EventPosition.Start);
        kutai.Events.Select(e => e.StreamId).Distinct().ShouldBe(["agreement-0", "agreement-2", "agreement-4"]);

        var revisions = await store.ReadAllAsync(new EventFilter(Types: ["agreement.target-revised.v1"]), EventPosition.Start);
        revisions.Events.Select(e => ((TargetRevised)e.Data).Target).ShouldBe([0m, 1m, 2m, 3m, 4m]);

        var pages = new List<StoredEvent>();
        var position = EventPosition.Start;
        while (true)
        {
            var page = await store.ReadAllAsync(EventFilter.All, position, limit: 3);
            if (page.Events.Count == 0)
            {
                break;
            }
            pages.AddRange(page.Events);
            position = EventPosition.Parse(page.Next.ToString());
        }
        pages.Count.ShouldBe(10);
        pages.Select(e => e.Position).ShouldBeInOrder(SortDirection.Ascending);
        pages.Select(e => e.EventId).Distinct().Count().ShouldBe(10);
    }
}
