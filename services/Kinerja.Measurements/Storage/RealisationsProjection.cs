using System.Text.Json;
using Kinerja.EventStore;
using Npgsql;

namespace Kinerja.Measurements.Storage;

/// <summary>
/// Keeps <c>measurements.realisations</c> (each realisation's folded state and stream version) in step with its events,
/// inside the append transaction: the entry grid, the verification queue and monitoring read it. An entry citing an
/// uploaded file also makes that file readable in the entry's region.
/// </summary>
internal sealed class RealisationsProjection : IInlineProjection
{
    public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        foreach (var stored in events)
        {
            if (stored.Data is not IRealisationEvent e)
            {
                continue;
            }
            var state = await CurrentAsync(e.Key, context, cancellationToken) ?? Realisation.NotReported(e.Key);
            state = state.Evolve(e);
            await using var upsert = new NpgsqlCommand("""
                INSERT INTO measurements.realisations (stream_id, agreement_id, region, unit_id, period, status, version, state)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (stream_id) DO UPDATE SET status = $6, version = $7, state = $8
                """, context.Connection, context.Transaction);
            upsert.Parameters.AddWithValue(e.Key.StreamId);
            upsert.Parameters.AddWithValue(e.Key.AgreementId.Value);
            upsert.Parameters.AddWithValue(e.Region.Value);
            upsert.Parameters.AddWithValue(e.UnitId);
            upsert.Parameters.AddWithValue(e.Key.Period.ToString());
            upsert.Parameters.AddWithValue(state.Status.ToString());
            upsert.Parameters.AddWithValue(stored.Version);
            upsert.Parameters.AddWithValue(JsonSerializer.Serialize(state, MeasurementJson.Options));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            if (e is Recording.RealisationRecorded { Submission.Evidence: Evidence.File recordedFile })
            {
                await EvidenceFiles.CiteAsync(context.Connection, context.Transaction, recordedFile.Sha256, e.Region, cancellationToken);
            }
            else if (e is Correcting.RealisationCorrected { Submission.Evidence: Evidence.File correctedFile })
            {
                await EvidenceFiles.CiteAsync(context.Connection, context.Transaction, correctedFile.Sha256, e.Region, cancellationToken);
            }
        }
    }

    private static async Task<Realisation?> CurrentAsync(RealisationKey key, ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            "SELECT state FROM measurements.realisations WHERE stream_id = $1 FOR UPDATE", context.Connection, context.Transaction);
        select.Parameters.AddWithValue(key.StreamId);
        return await select.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize<Realisation>(json, MeasurementJson.Options)
            : null;
    }
}
