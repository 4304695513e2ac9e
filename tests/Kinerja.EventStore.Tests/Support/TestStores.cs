namespace Kinerja.EventStore.Tests.Support;

internal static class TestStores
{
    public static readonly EventMetadata Operator = new("64.02", "operator@64.02", "drafting");

    public static EventStoreOptions Options(string connectionString, Action<EventStoreOptions>? configure = null)
    {
        var options = new EventStoreOptions
        {
            ConnectionString = connectionString,
            PollInterval = TimeSpan.FromMilliseconds(50),
            LeaseRenewal = TimeSpan.FromMilliseconds(200),
        };
        options.Events
            .Register<AgreementDrafted>("agreement.drafted.v1")
            .Register<TargetRevised>("agreement.target-revised.v1")
            .Register<AgreementSigned>("agreement.signed.v1");
        options.Messages.Register<AgreementSignedMessage>();
        configure?.Invoke(options);
        return options;
    }

    public static async Task<EventStore> CreateAsync(InfrastructureFixture infrastructure, Action<EventStoreOptions>? configure = null)
    {
        var store = new EventStore(Options(await infrastructure.CreateDatabaseAsync("es"), configure));
        await store.MigrateAsync();
        return store;
    }

    public static async Task<T> ScalarAsync<T>(EventStore store, string sql)
    {
        await using var connection = new NpgsqlConnection(store.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(EventStore store, string sql)
    {
        await using var connection = new NpgsqlConnection(store.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task DraftAsync(EventStore store, string agreementId, params object[] more)
    {
        await using var session = store.OpenSession(Operator);
        session.StartStream(agreementId, "agreement", [new AgreementDrafted("Budi", 2026), .. more]);
        await session.SaveChangesAsync();
    }
}
