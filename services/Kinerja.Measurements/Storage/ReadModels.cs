using System.Text.Json;
using Npgsql;

namespace Kinerja.Measurements.Storage;

/// <summary>A realisation as the read model holds it, with the stream version commands must expect.</summary>
internal sealed record StoredRealisation(Realisation State, long Version);

/// <summary>Queries over the read-model tables the inline projections keep.</summary>
/// <summary>
/// Which realisations of a region a query reads: of some agreements or all, in some periods or all, only those awaiting
/// verification or all. A query passes the agreements of the plans it looked at (a unit's, a year's).
/// </summary>
internal sealed record RealisationFilter(MeasurementPlans? Of = null, IEnumerable<Period>? Periods = null, bool AwaitingOnly = false);

internal sealed class ReadModels(NpgsqlDataSource database)
{
    public async Task<MeasurementPlan?> PlanAsync(AgreementId id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT plan FROM measurements.plans WHERE agreement_id = $1");
        command.Parameters.AddWithValue(id.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize<MeasurementPlan>(json, MeasurementJson.Options)
            : null;
    }

    /// <summary>The plans of a region, optionally of one unit and one year.</summary>
    public async Task<MeasurementPlans> PlansAsync(RegionCode region, string? unitId, int? year, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT plan FROM measurements.plans WHERE region = $1 AND ($2 = '' OR unit_id = $2) AND ($3 = 0 OR year = $3)");
        command.Parameters.AddWithValue(region.Value);
        command.Parameters.AddWithValue(unitId ?? "");
        command.Parameters.AddWithValue(year ?? 0);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var plans = ImmutableDictionary.CreateBuilder<AgreementId, MeasurementPlan>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var plan = JsonSerializer.Deserialize<MeasurementPlan>(reader.GetString(0), MeasurementJson.Options)!;
            plans[plan.AgreementId] = plan;
        }
        return MeasurementPlans.Empty with { Plans = plans.ToImmutable() };
    }

    /// <summary>
    /// The recorded realisations of a region, narrowed by <paramref name="filter"/> in SQL: each row's state is JSON to
    /// deserialise, so a query reads only the unit and periods it looks at rather than the whole region's year.
    /// </summary>
    public async Task<IReadOnlyDictionary<RealisationKey, StoredRealisation>> RealisationsAsync(RegionCode region, RealisationFilter filter, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            SELECT state, version FROM measurements.realisations
            WHERE region = $1 AND ($2::uuid[] IS NULL OR agreement_id = ANY($2)) AND ($3::text[] IS NULL OR period = ANY($3))
              AND (NOT $4 OR status = 'AwaitingVerification')
            """);
        command.Parameters.AddWithValue(region.Value);
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = filter.Of is { } plans ? plans.Plans.Keys.Select(id => id.Value).ToArray() : DBNull.Value,
            NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid,
        });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = filter.Periods is { } periods ? periods.Select(p => p.ToString()).Distinct().ToArray() : DBNull.Value,
            NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text,
        });
        command.Parameters.AddWithValue(filter.AwaitingOnly);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new Dictionary<RealisationKey, StoredRealisation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var state = JsonSerializer.Deserialize<Realisation>(reader.GetString(0), MeasurementJson.Options)!;
            found[state.Key] = new StoredRealisation(state, reader.GetInt64(1));
        }
        return found;
    }

    public async Task<bool> AnyRealisationAsync(RegionCode region, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT EXISTS (SELECT 1 FROM measurements.realisations WHERE region = $1)");
        command.Parameters.AddWithValue(region.Value);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
