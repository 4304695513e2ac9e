namespace Kinerja.EventStore.Tests.Schema;

[Collection(InfrastructureCollection.Name)]
public sealed class Migrating_the_schema(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task four_processes_starting_at_once_all_end_at_the_current_version_without_errors()
    {
        var connectionString = await infrastructure.CreateDatabaseAsync("migrate");
        var stores = Enumerable.Range(0, 4).Select(_ => new EventStore(TestStores.Options(connectionString))).ToList();

        var versions = await Task.WhenAll(stores.Select(store => store.MigrateAsync()));

        versions.ShouldAllBe(version => version == versions[0]);
        versions[0].ShouldBeGreaterThan(0);
        (await TestStores.ScalarAsync<long>(stores[0], "SELECT count(*) FROM event_store.schema_versions")).ShouldBe(versions[0]);
        (await stores[0].MigrateAsync()).ShouldBe(versions[0]);
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }
}
