using Kinerja.Evaluations.Evaluating;
using Npgsql;

namespace Kinerja.Evaluations.Querying;

/// <summary>
/// The projection <c>evaluations.standing</c> (ADR 0036): the evaluation that stands per agreement and period, kept by
/// the projection daemon behind the writers, in global order, one batch per transaction with its checkpoint. The
/// distribution, ranking and trend queries read this table instead of folding every evaluation event on each request.
/// A new evaluation of a period replaces the row of the one it supersedes.
/// </summary>
/// <summary>One standing evaluation's figures for the side-by-side view: its region and period, achievement, score and rating.</summary>
internal sealed record LatestRating(string RegionCode, string Period, decimal? Achievement, decimal? Score, string? Label, string? LabelEnglish);

internal sealed class StandingEvaluations(NpgsqlDataSource dataSource) : IAsyncProjection, IHostedService
{
    public const string ProjectionName = "evaluations.standing";

    private const string Schema = """
        CREATE SCHEMA IF NOT EXISTS evaluations;
        CREATE TABLE IF NOT EXISTS evaluations.standing (
            agreement_id text NOT NULL, period text NOT NULL, region text NOT NULL, fiscal_year int NOT NULL,
            evaluation_id text NOT NULL, result jsonb NOT NULL, PRIMARY KEY (agreement_id, period));
        CREATE INDEX IF NOT EXISTS standing_by_region ON evaluations.standing (region, period);
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => ProjectionName;

    /// <summary>Creates the table at start-up, before the projection daemon and the API use it (registered before the store).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SchemaScript.ApplyAsync(dataSource, Schema, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        foreach (var stored in events)
        {
            await using var command = stored.Data switch
            {
                EvaluationMade made => With(context, """
                    INSERT INTO evaluations.standing (agreement_id, period, region, fiscal_year, evaluation_id, result)
                    VALUES ($1, $2, $3, $4, $5, $6::jsonb)
                    ON CONFLICT (agreement_id, period) DO UPDATE SET region = $3, fiscal_year = $4, evaluation_id = $5, result = $6::jsonb
                    """, made.Result.AgreementId, made.Result.Period, made.Result.RegionCode, made.Result.FiscalYear, made.Result.EvaluationId,
                    JsonSerializer.Serialize(made.Result, Json)),
                // The superseding evaluation, recorded just before, already took the row; this only matters if it did not.
                EvaluationReplaced replaced => With(context, "DELETE FROM evaluations.standing WHERE evaluation_id = $1", replaced.Notice.EvaluationId),
                _ => null,
            };
            if (command is not null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var command = With(context, "DELETE FROM evaluations.standing");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The standing evaluations of one region, or of the whole nation.</summary>
    public async Task<IReadOnlyList<AgreementEvaluated>> LoadAsync(string? regionCode, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT result::text FROM evaluations.standing WHERE $1::text IS NULL OR region = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)regionCode ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var standing = new List<AgreementEvaluated>();
        while (await reader.ReadAsync(cancellationToken))
        {
            standing.Add(JsonSerializer.Deserialize<AgreementEvaluated>(reader.GetString(0), Json)!);
        }
        return standing;
    }

    /// <summary>
    /// Per region, the standing evaluations of its latest evaluated period of <paramref name="year"/> (the final result,
    /// the bare year, comes after every period) — only the figures the ministry's side-by-side view needs, picked out of
    /// the stored results by PostgreSQL, rather than every standing evaluation of the nation deserialised whole.
    /// </summary>
    public async Task<IReadOnlyList<LatestRating>> LatestPeriodRatingsAsync(int? year, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH rows AS (SELECT region, period, result FROM evaluations.standing WHERE $1::int IS NULL OR fiscal_year = $1),
            latest AS (
                SELECT DISTINCT ON (region) region, period FROM rows
                ORDER BY region, length(period) = 4 DESC, period COLLATE "C" DESC)
            SELECT r.region, r.period, (r.result->>'achievement')::numeric, (r.result->>'score')::numeric,
                r.result->'rating'->>'label', r.result->'rating'->>'labelEnglish'
            FROM rows r JOIN latest l ON l.region = r.region AND l.period = r.period
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)year ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<LatestRating>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new LatestRating(reader.GetString(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetDecimal(2), reader.IsDBNull(3) ? null : reader.GetDecimal(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }
        return rows;
    }

    private static NpgsqlCommand With(ProjectionContext context, string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql, context.Connection, context.Transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return command;
    }
}
