namespace Kinerja.Reliability.Tests;

/// <summary>The end-of-test checks of issue #9, read through /ops and the stores.</summary>
public static class Invariants
{
    /// <summary>
    /// Every outbox drained, every consuming queue empty, every error queue empty except the messages a test poisoned
    /// on purpose (<paramref name="poisoned"/>: error queue → count), and every stream's hash chain intact.
    /// </summary>
    public static async Task SettledAsync(KinerjaSystem system, IReadOnlyDictionary<string, long>? poisoned = null, TimeSpan? limit = null)
    {
        poisoned ??= new Dictionary<string, long>();
        foreach (var service in KinerjaSystem.Services)
        {
            await Eventually.Until(() => system.OpsStatusAsync(service), status =>
                status.GetProperty("store").GetProperty("outbox").GetProperty("pending").GetInt64() == 0
                && status.GetProperty("store").GetProperty("projections").EnumerateArray().All(p => p.GetProperty("behind").GetInt64() == 0)
                && status.GetProperty("queues").EnumerateArray().All(q =>
                    q.GetProperty("messages").GetInt64() == 0
                    && q.GetProperty("errorMessages").GetInt64() == poisoned.GetValueOrDefault(q.GetProperty("errorQueue").GetString()!)),
                limit ?? TimeSpan.FromMinutes(3), $"{service}: outbox drained, queues empty, error queues as expected");
            var verification = await system.OpsVerificationAsync(service);
            verification.GetProperty("intact").GetBoolean().ShouldBeTrue($"{service}'s hash chains: {verification}");
        }
    }

    /// <summary>
    /// Every <c>AgreementEvaluated</c> the Evaluations outbox holds since <paramref name="since"/> reached the probe,
    /// nothing arrived that the outbox does not hold, and the consumer saw each message id once (inbox). Returns the
    /// number of duplicate deliveries the probe saw (a relay that crashed between publish and mark sends again with
    /// the same id, which consumers drop) — reported in docs/reliability.md.
    /// </summary>
    public static async Task<int> EvaluationsDeliveredOnceAsync(KinerjaSystem system, BusProbe probe, DateTimeOffset since)
    {
        var expected = new HashSet<string>();
        await using (var connection = system.Database("evaluations"))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT id FROM event_store.outbox WHERE message_type = 'kinerja:evaluations:agreement-evaluated:v1' AND created_at > $1", connection);
            command.Parameters.AddWithValue(since.AddSeconds(2));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                expected.Add(reader.GetGuid(0).ToString());
            }
        }
        var received = await Eventually.Until(
            () => Task.FromResult(probe.Received.Where(m => m.Exchange == Exchanges.AgreementEvaluated).ToList()),
            r => expected.IsSubsetOf(r.Select(m => m.MessageId!)), TimeSpan.FromMinutes(2), $"{expected.Count} evaluation messages at the probe");
        var ids = received.Select(m => m.MessageId!).ToList();
        var all = new HashSet<string>();
        await using (var connection = system.Database("evaluations"))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SELECT id::text FROM event_store.outbox", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                all.Add(reader.GetString(0));
            }
        }
        ids.Where(id => !all.Contains(id)).ShouldBeEmpty("every message at the probe comes from the Evaluations outbox");
        return ids.Count - ids.Distinct().Count();
    }

    /// <summary>The ids of the <c>AgreementEvaluated</c> messages Evaluations wrote to its outbox at or after <paramref name="since"/>.</summary>
    public static async Task<HashSet<string>> EvaluationsWrittenSinceAsync(KinerjaSystem system, DateTimeOffset since)
    {
        var ids = new HashSet<string>();
        await using var connection = system.Database("evaluations");
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT id::text FROM event_store.outbox WHERE message_type = 'kinerja:evaluations:agreement-evaluated:v1' AND created_at >= $1", connection);
        command.Parameters.AddWithValue(since);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}

public static class Exchanges
{
    public const string AgreementEvaluated = "kinerja.evaluations.agreement-evaluated.v1";
    public const string PeriodClosed = "kinerja.measurements.period-closed.v1";
}

