using System.Text.Json;
using Kinerja.EventStore;
using Npgsql;

namespace Kinerja.Measurements.Storage;

/// <summary>
/// Keeps <c>measurements.plans</c> in step with the learned agreement facts, inside the append transaction: every fact
/// is kept, and the agreement's plan is folded again from all of them, so a fact parked before the signing is applied
/// the moment the signing arrives.
/// </summary>
internal sealed class PlansProjection : IInlineProjection
{
    public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        foreach (var stored in events)
        {
            if (stored.Data is not AgreementFact fact)
            {
                continue;
            }
            await using (var insert = new NpgsqlCommand(
                "INSERT INTO measurements.agreement_facts (agreement_id, version, type, data) VALUES ($1, $2, $3, $4::jsonb)",
                context.Connection, context.Transaction))
            {
                insert.Parameters.AddWithValue(fact.AgreementId.Value);
                insert.Parameters.AddWithValue(stored.Version);
                insert.Parameters.AddWithValue(stored.TypeName);
                insert.Parameters.AddWithValue(JsonSerializer.Serialize(fact, fact.GetType(), MeasurementJson.Options));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            var facts = await FactsAsync(fact.AgreementId, context, cancellationToken);
            if (MeasurementPlans.From(facts)[fact.AgreementId] is { } plan)
            {
                await using var upsert = new NpgsqlCommand("""
                    INSERT INTO measurements.plans (agreement_id, region, unit_id, year, plan) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (agreement_id) DO UPDATE SET region = $2, unit_id = $3, year = $4, plan = $5
                    """, context.Connection, context.Transaction);
                upsert.Parameters.AddWithValue(plan.AgreementId.Value);
                upsert.Parameters.AddWithValue(plan.Region.Value);
                upsert.Parameters.AddWithValue(plan.UnitId);
                upsert.Parameters.AddWithValue(plan.Year);
                upsert.Parameters.AddWithValue(JsonSerializer.Serialize(plan, MeasurementJson.Options));
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static async Task<List<AgreementFact>> FactsAsync(AgreementId id, ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            "SELECT type, data::text FROM measurements.agreement_facts WHERE agreement_id = $1 ORDER BY version",
            context.Connection, context.Transaction);
        select.Parameters.AddWithValue(id.Value);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var facts = new List<AgreementFact>();
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add((AgreementFact)JsonSerializer.Deserialize(reader.GetString(1), MeasurementEventTypes.TypeOf(reader.GetString(0)), MeasurementJson.Options)!);
        }
        return facts;
    }
}
