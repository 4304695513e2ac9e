namespace Kinerja.EventStore.Tests.Schema;

/// <summary>
/// Two instances of a service start at once and both create their read-model schema: PostgreSQL's <c>IF NOT EXISTS</c>
/// alone lets both try, and one fails on the catalogue's unique index (seen with <c>--instances 2</c>).
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class Applying_a_read_model_script(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task eight_instances_applying_the_same_script_at_once_all_succeed_and_the_tables_exist_once()
    {
        var connectionString = await infrastructure.CreateDatabaseAsync("readmodel_ddl");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        for (var round = 0; round < 5; round++)
        {
            var script = $"""
                CREATE SCHEMA IF NOT EXISTS rm{round};
                CREATE TABLE IF NOT EXISTS rm{round}.rows (id text PRIMARY KEY, value jsonb NOT NULL);
                CREATE INDEX IF NOT EXISTS rows_value_{round} ON rm{round}.rows USING gin (value);
                """;
            using var start = new SemaphoreSlim(0);
            var instances = Enumerable.Range(0, 8).Select(async _ =>
            {
                await start.WaitAsync();
                await SchemaScript.ApplyAsync(dataSource, script, CancellationToken.None);
            }).ToList();
            start.Release(8);
            await Task.WhenAll(instances);

            await using var count = dataSource.CreateCommand($"SELECT count(*) FROM pg_tables WHERE schemaname = 'rm{round}'");
            ((long)(await count.ExecuteScalarAsync())!).ShouldBe(1);
        }
    }
}
