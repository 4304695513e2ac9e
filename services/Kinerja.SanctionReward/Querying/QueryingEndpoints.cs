using Kinerja.SanctionReward.Decisions;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;
using Npgsql;

namespace Kinerja.SanctionReward.Querying;

/// <summary>Decisions per region, unit, official and period with their status; the ministry's overview by kind and region.</summary>
internal static class QueryingEndpoints
{
    public sealed record DecisionRow(Guid Id, string EvaluationId, string Region, string? UnitId, string ReceiverNip, string ReceiverName,
        string Period, string Kind, decimal? AllowancePercent, string Status, string Appeal, string PolicyId, int PolicyVersion, string RuleId, long Version);

    public sealed record OverviewRow(string Region, string Kind, string Status, int Count);

    public static void MapQuerying(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/decisions", async (string? region, string? unit, string? nip, string? period, string? status, HttpContext http, ReadModels readModels) =>
        {
            var caller = Caller.From(http.User);
            if (string.IsNullOrWhiteSpace(region))
            {
                return new ValidationErrors().Add("region", "Name the region (Kemendagri code, e.g. 64.02).").ToProblem();
            }
            if (!caller.MayRead(region))
            {
                return TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: $"Your token does not cover region {region}.");
            }
            await using var command = readModels.DataSource.CreateCommand("""
                SELECT id, evaluation_id, region, unit_id, receiver_nip, receiver_name, period, kind, allowance_percent, status, appeal,
                       policy_id, policy_version, rule_id, version
                FROM sanctionreward.decisions
                WHERE region = $1 AND ($2::text IS NULL OR unit_id = $2) AND ($3::text IS NULL OR receiver_nip = $3)
                  AND ($4::text IS NULL OR period = $4) AND ($5::text IS NULL OR status = $5)
                ORDER BY period, receiver_name, kind LIMIT 1000
                """);
            foreach (var value in new object?[] { region, unit, nip, period, status })
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            }
            await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
            var rows = new List<DecisionRow>();
            while (await reader.ReadAsync(http.RequestAborted))
            {
                rows.Add(new DecisionRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetDecimal(8),
                    reader.GetString(9), reader.GetString(10), reader.GetString(11), reader.GetInt32(12), reader.GetString(13), reader.GetInt64(14)));
            }
            return Results.Ok(rows);
        }).WithSummary("Decisions of a region, optionally of a unit, an official (NIP), a period and a status.");

        app.MapGet("/api/decisions/{id:guid}", async (Guid id, HttpContext http, Kinerja.EventStore.EventStore store) =>
        {
            var loaded = await store.AggregateStreamAsync(DecisionState.StreamId(id), DecisionState.Initial, DecisionState.Apply, cancellationToken: http.RequestAborted);
            if (loaded?.State.Proposal is not { } proposal || !Caller.From(http.User).MayRead(proposal.Region))
            {
                return TypedResults.Problem(statusCode: 404, title: "Decision not found", detail: $"There is no decision {id}.");
            }
            http.Response.Headers.ETag = $"\"{loaded.Version}\"";
            var state = loaded.State;
            return Results.Ok(new
            {
                id, proposal.Region, proposal.UnitId, proposal.ReceiverNip, proposal.ReceiverName, proposal.Period,
                status = state.Status.ToString(), appeal = state.Appeal.ToString(), decision = state.Substance, proposed = proposal.Decision,
                basis = new { proposal.EvaluationId, proposal.PolicyId, proposal.PolicyVersion, proposal.RuleId, proposal.LegalBasis },
                state.AmendmentReason, state.DecidedBy, state.DecisionReason, state.EffectiveFrom, state.EffectiveUntil, state.AppealReason,
                version = loaded.Version,
            });
        }).WithSummary("One decision with what it rests on (evaluation, policy version, rule) and its history's outcome.");

        app.MapGet("/api/decisions/overview", async (int? year, HttpContext http, ReadModels readModels) =>
        {
            var caller = Caller.From(http.User);
            if (!caller.IsInAny(KinerjaRoles.Ministry, KinerjaRoles.Auditor, KinerjaRoles.Admin))
            {
                return TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: "The national overview is for ministry users, auditors and admins.");
            }
            await using var command = readModels.DataSource.CreateCommand("""
                SELECT region, kind, status, count(*)::int FROM sanctionreward.decisions
                WHERE $1::int IS NULL OR left(period, 4) = $1::text
                GROUP BY region, kind, status ORDER BY region, kind, status
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)year ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
            await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
            var rows = new List<OverviewRow>();
            while (await reader.ReadAsync(http.RequestAborted))
            {
                rows.Add(new OverviewRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            }
            return Results.Ok(rows.Where(r => caller.MayRead(r.Region)));
        }).WithSummary("Ministry overview: decisions counted by region, kind and status, optionally for one year.");
    }
}
