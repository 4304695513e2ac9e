using Kinerja.EventStore;
using Kinerja.SanctionReward.Decisions;
using Kinerja.SanctionReward.Policies;
using Kinerja.SanctionReward.PolicyStore;
using Npgsql;

namespace Kinerja.SanctionReward;

/// <summary>
/// The service's query tables, written by an inline projection in the same transaction as the events, so a
/// command or query never sees a decision or policy that is not stored: <c>sanctionreward.decisions</c> and
/// <c>sanctionreward.policies</c>.
/// </summary>
internal sealed class ReadModels(NpgsqlDataSource dataSource) : IInlineProjection
{
    public const string Schema = """
        CREATE SCHEMA IF NOT EXISTS sanctionreward;
        CREATE TABLE IF NOT EXISTS sanctionreward.decisions (
            id uuid PRIMARY KEY, proposal_key text NOT NULL, evaluation_id text NOT NULL, region text NOT NULL, unit_id text,
            receiver_nip text NOT NULL, receiver_name text NOT NULL, period text NOT NULL, kind text NOT NULL,
            allowance_percent numeric, status text NOT NULL, appeal text NOT NULL, policy_id text NOT NULL,
            policy_version int NOT NULL, rule_id text NOT NULL, version bigint NOT NULL, updated_at timestamptz NOT NULL);
        CREATE INDEX IF NOT EXISTS decisions_region ON sanctionreward.decisions (region, period);
        CREATE INDEX IF NOT EXISTS decisions_evaluation ON sanctionreward.decisions (evaluation_id);
        CREATE INDEX IF NOT EXISTS decisions_receiver ON sanctionreward.decisions (receiver_nip, period);
        CREATE TABLE IF NOT EXISTS sanctionreward.policies (
            id text NOT NULL, version int NOT NULL, region text, effective_from date NOT NULL, json text NOT NULL,
            PRIMARY KEY (id, version));
        """;

    public NpgsqlDataSource DataSource => dataSource;

    public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        foreach (var stored in events)
        {
            await using var command = Command(stored);
            if (command is null)
            {
                continue;
            }
            command.Connection = context.Connection;
            command.Transaction = context.Transaction;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static NpgsqlCommand? Command(StoredEvent stored) => stored.Data switch
    {
        DecisionProposed e => With("""
            INSERT INTO sanctionreward.decisions (id, proposal_key, evaluation_id, region, unit_id, receiver_nip, receiver_name, period,
                kind, allowance_percent, status, appeal, policy_id, policy_version, rule_id, version, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'Proposed', 'None', $11, $12, $13, $14, $15)
            """, e.DecisionId, e.ProposalKey, e.EvaluationId, e.Region, (object?)e.UnitId ?? DBNull.Value, e.ReceiverNip, e.ReceiverName,
            e.Period, e.Decision.Kind.ToString(), (object?)e.Decision.AllowancePercent ?? DBNull.Value, e.PolicyId, e.PolicyVersion, e.RuleId,
            stored.Version, stored.RecordedAt),
        DecisionApprovedByOfficial => Status(stored, DecisionStatus.Approved),
        DecisionAmended e => With(
            "UPDATE sanctionreward.decisions SET status = 'Approved', kind = $2, allowance_percent = $3, version = $4, updated_at = $5 WHERE id = $1",
            Id(stored), e.Decision.Kind.ToString(), (object?)e.Decision.AllowancePercent ?? DBNull.Value, stored.Version, stored.RecordedAt),
        DecisionRejected => Status(stored, DecisionStatus.Rejected),
        DecisionWithdrawnOnReassessment => Status(stored, DecisionStatus.Revoked),
        AppealFiled => Appeal(stored, AppealStatus.Pending, null),
        AppealResolved e => Appeal(stored, e.Upheld ? AppealStatus.Upheld : AppealStatus.Overturned, e.Upheld ? null : DecisionStatus.Overturned),
        PolicySaved e => With(
            "INSERT INTO sanctionreward.policies (id, version, region, effective_from, json) VALUES ($1, $2, $3, $4, $5)",
            e.PolicyId, e.Version, (object?)e.Region ?? DBNull.Value, e.EffectiveFrom, e.PolicyJson),
        _ => null,
    };

    private static Guid Id(StoredEvent stored) => Guid.ParseExact(stored.StreamId["decision-".Length..], "N");

    private static NpgsqlCommand Status(StoredEvent stored, DecisionStatus status) => With(
        "UPDATE sanctionreward.decisions SET status = $2, version = $3, updated_at = $4 WHERE id = $1",
        Id(stored), status.ToString(), stored.Version, stored.RecordedAt);

    private static NpgsqlCommand Appeal(StoredEvent stored, AppealStatus appeal, DecisionStatus? status) => With(
        "UPDATE sanctionreward.decisions SET appeal = $2, status = coalesce($3, status), version = $4, updated_at = $5 WHERE id = $1",
        Id(stored), appeal.ToString(), (object?)status?.ToString() ?? DBNull.Value, stored.Version, stored.RecordedAt);

    private static NpgsqlCommand With(string sql, params object[] values)
    {
        var command = new NpgsqlCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return command;
    }

    /// <summary>Every stored version of every policy: what the engine picks the one in force from.</summary>
    public async Task<IReadOnlyList<Policy>> PoliciesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT json FROM sanctionreward.policies ORDER BY id, version");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var policies = new List<Policy>();
        while (await reader.ReadAsync(cancellationToken))
        {
            policies.Add(PolicyJson.Deserialize(reader.GetString(0))!);
        }
        return policies;
    }

    /// <summary>
    /// Decisions still standing (proposed or approved) for an official and a period, whichever evaluation of that period
    /// they cite: a decision left unchanged by one re-evaluation keeps citing the evaluation before it, so a lookup by
    /// the superseded evaluation alone would miss it at the next re-evaluation.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> StandingDecisionsAsync(string receiverNip, string period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id FROM sanctionreward.decisions WHERE receiver_nip = $1 AND period = $2 AND status IN ('Proposed', 'Approved') ORDER BY id");
        command.Parameters.AddWithValue(receiverNip);
        command.Parameters.AddWithValue(period);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }

    /// <summary>Every decision of a region with its status, by receiver name.</summary>
    public async Task<IReadOnlyList<(Guid Id, DecisionStatus Status)>> DecisionStatusesAsync(string region, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, status FROM sanctionreward.decisions WHERE region = $1 ORDER BY receiver_name, id");
        command.Parameters.AddWithValue(region);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(Guid, DecisionStatus)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetGuid(0), Enum.Parse<DecisionStatus>(reader.GetString(1))));
        }
        return rows;
    }

    public async Task<bool> DecisionExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT 1 FROM sanctionreward.decisions WHERE id = $1");
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
