using Kinerja.EventStore;
using Kinerja.Measurements.Correcting;
using Kinerja.Measurements.Recording;
using Kinerja.Measurements.ReopeningPeriod;
using Npgsql;

namespace Kinerja.Measurements.ClosingPeriod;

/// <summary>A period was closed while an entry for it was being written; the entry is refused, nothing of it is stored.</summary>
internal sealed class PeriodClosedMeanwhile(Period closed) : Exception($"{closed.Label} was closed while the entry was being written.")
{
    public Period Closed { get; } = closed;
}

/// <summary>
/// Serialises closing a period against entries for it (ADR 0030). Commands decide on the region's periods as they read
/// them; a closing can commit between that read and the entry's commit. Inside the append transaction, closing and
/// reopening take the region-year's advisory lock exclusively and keep <c>measurements.closed_periods</c>; an entry
/// takes the same lock shared and looks there again, so it either commits before the closing or sees it and is refused.
/// </summary>
internal sealed class ClosedPeriodGate : IInlineProjection
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS measurements.closed_periods (
            region text NOT NULL, period text NOT NULL, PRIMARY KEY (region, period));
        """;

    // First key of the two-part advisory lock, so these locks never collide with other users of advisory locks.
    private const int LockSpace = 640230;

    public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        foreach (var stored in events)
        {
            switch (stored.Data)
            {
                case PeriodClosed closed:
                    await LockAsync(closed.Region, closed.Period.Year, shared: false, context, cancellationToken);
                    await ExecuteAsync("INSERT INTO measurements.closed_periods (region, period) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                        closed.Region, closed.Period, context, cancellationToken);
                    break;
                case PeriodReopened reopened:
                    await LockAsync(reopened.Region, reopened.Period.Year, shared: false, context, cancellationToken);
                    await ExecuteAsync("DELETE FROM measurements.closed_periods WHERE region = $1 AND period = $2",
                        reopened.Region, reopened.Period, context, cancellationToken);
                    break;
                case RealisationRecorded or RealisationCorrected:
                    var key = ((IRealisationEvent)stored.Data).Key;
                    var region = ((IRealisationEvent)stored.Data).Region;
                    await LockAsync(region, key.Period.Year, shared: true, context, cancellationToken);
                    if (await ClosedContainingAsync(region, key.Period, context, cancellationToken) is { } closedPeriod)
                    {
                        throw new PeriodClosedMeanwhile(closedPeriod);
                    }
                    break;
            }
        }
    }

    private static async Task LockAsync(RegionCode region, int year, bool shared, ProjectionContext context, CancellationToken cancellationToken)
    {
        var function = shared ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock";
        await using var command = new NpgsqlCommand($"SELECT {function}($1, hashtext($2))", context.Connection, context.Transaction);
        command.Parameters.AddWithValue(LockSpace);
        command.Parameters.AddWithValue($"{region}:{year}");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(string sql, RegionCode region, Period period, ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, context.Connection, context.Transaction);
        command.Parameters.AddWithValue(region.Value);
        command.Parameters.AddWithValue(period.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Period?> ClosedContainingAsync(RegionCode region, Period period, ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT period FROM measurements.closed_periods WHERE region = $1 AND period = ANY($2)",
            context.Connection, context.Transaction);
        command.Parameters.AddWithValue(region.Value);
        command.Parameters.AddWithValue(Containing(period).Select(p => p.ToString()).ToArray());
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? Period.Parse(text) : null;
    }

    /// <summary>The period itself and every longer period of its year that contains it.</summary>
    private static IEnumerable<Period> Containing(Period period) =>
        Enum.GetValues<Frequency>().SelectMany(f => Period.AllOf(f, period.Year)).Where(p => p.Contains(period));
}
