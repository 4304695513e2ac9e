using System.Text.Json;
using Npgsql;

namespace Kinerja.Measurements.Storage;

/// <summary>A realisation as the read model holds it, with the stream version commands must expect.</summary>
internal sealed record StoredRealisation(Realisation State, long Version);

/// <summary>Queries over the read-model tables the inline projections keep.</summary>
internal sealed class ReadModels(NpgsqlDataSource database)
{
    public async Task<MeasurementPlan?> PlanAsync(AgreementId id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT plan::text FROM measurements.plans WHERE agreement_id = $1");
        command.Parameters.AddWithValue(id.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize<MeasurementPlan>(json, MeasurementJson.Options)
            : null;
    }

    /// <summary>The plans of a region, optionally of one unit and one year.</summary>
    public async Task<MeasurementPlans> PlansAsync(RegionCode region, string? unitId, int? year, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT plan::text FROM measurements.plans WHERE region = $1 AND ($2 = '' OR unit_id = $2) AND ($3 = 0 OR year = $3)");
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

    /// <summary>The recorded realisations of a region (optionally only those awaiting verification).</summary>
    public async Task<IReadOnlyDictionary<RealisationKey, StoredRealisation>> RealisationsAsync(RegionCode region, bool awaitingOnly, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT state::text, version FROM measurements.realisations WHERE region = $1 AND (NOT $2 OR status = 'AwaitingVerification')");
        command.Parameters.AddWithValue(region.Value);
        command.Parameters.AddWithValue(awaitingOnly);
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
