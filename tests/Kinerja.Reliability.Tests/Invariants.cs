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
                "SELECT id FROM event_store.outbox WHERE message_type = $2 AND created_at > $1", connection);
            command.Parameters.AddWithValue(since);
            command.Parameters.AddWithValue(OutboxTypes.AgreementEvaluated);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                expected.Add(reader.GetGuid(0).ToString());
            }
        }
        // Without evaluations written since the start there is nothing to check: the workload must have made some.
        expected.ShouldNotBeEmpty($"the Evaluations outbox holds AgreementEvaluated messages written since {since:O}; it holds {await OutboxSummaryAsync(system)}");
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

    /// <summary>
    /// "Every verified realisation is reflected in exactly one current evaluation": every realisation Measurements holds as
    /// verified in a closed quarter (its read model, folded in the same transaction as its events) appears in exactly one
    /// standing (not superseded) evaluation of its agreement and quarter that Evaluations answers through its API, with
    /// the verified value as the indicator's realisation. Waits (up to <paramref name="limit"/>) for the evaluations to
    /// catch up; returns what does not hold when the time is up (empty: it holds).
    /// </summary>
    public static async Task<IReadOnlyList<string>> VerifiedRealisationProblemsAsync(KinerjaSystem system, TimeSpan? limit = null)
    {
        var verified = new List<(string Agreement, string Indicator, string Period, decimal Value)>();
        await using (var connection = system.Database("measurements"))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("""
                SELECT p.plan::jsonb->>'sourceId', i->>'code', r.period, (r.state::jsonb->>'countedValue')::numeric
                FROM measurements.realisations r
                JOIN measurements.plans p ON p.agreement_id = r.agreement_id
                CROSS JOIN LATERAL jsonb_array_elements(p.plan::jsonb->'indicators') i
                WHERE r.status = 'Verified' AND i->>'id' = r.state::jsonb->'key'->>'indicatorId' AND r.period ~ '^[0-9]{4}-Q[1-4]$'
                  AND EXISTS (SELECT 1 FROM measurements.closed_periods c WHERE c.region = r.region AND c.period = r.period)
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                verified.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDecimal(3)));
            }
        }
        verified.ShouldNotBeEmpty("the demo region has verified realisations in its closed first quarter");
        using var auditor = system.Client("auditor");
        var problems = new List<string>();
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromMinutes(1));
        do
        {
            problems.Clear();
            foreach (var agreement in verified.GroupBy(v => v.Agreement))
            {
                var evaluations = await Workload.ReadAsync(auditor, $"{system.Url("evaluations")}/api/agreements/{agreement.Key}/evaluations");
                foreach (var (_, indicator, period, value) in agreement)
                {
                    var quarter = period.Replace("-Q", "-TW", StringComparison.Ordinal);
                    var standing = evaluations.GetProperty("evaluations").EnumerateArray()
                        .Where(e => e.GetProperty("standing").GetBoolean() && e.GetProperty("evaluation").GetProperty("period").GetString() == quarter)
                        .Select(e => e.GetProperty("evaluation")).ToList();
                    if (standing.Count != 1)
                    {
                        problems.Add($"{agreement.Key} {indicator} {period}: verified, but in {standing.Count} standing evaluations");
                        continue;
                    }
                    var realisation = standing[0].GetProperty("indicators").EnumerateArray()
                        .Where(i => i.GetProperty("indicatorId").GetString() == indicator).Select(i => i.GetProperty("realisation"))
                        .FirstOrDefault();
                    if (realisation.ValueKind != JsonValueKind.Number || realisation.GetDecimal() != value)
                    {
                        problems.Add($"{agreement.Key} {indicator} {period}: verified {value}, evaluated {realisation}");
                    }
                }
            }
            if (problems.Count > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
        }
        while (problems.Count > 0 && DateTime.UtcNow < deadline);
        return problems;
    }

    /// <summary>Every verified realisation of a closed quarter is in exactly one standing evaluation, with its value.</summary>
    public static async Task VerifiedRealisationsEvaluatedOnceAsync(KinerjaSystem system, TimeSpan? limit = null) =>
        (await VerifiedRealisationProblemsAsync(system, limit)).ShouldBeEmpty("every verified realisation in exactly one standing evaluation");

    /// <summary>
    /// "Every approved decision exists exactly once": no two approved decisions (SanctionReward's decisions, read model
    /// kept in the same transaction as the events) of the same agreement, period and kind — the agreement being the one of
    /// the evaluation the decision cites, from Evaluations' events — and no approved decision citing an evaluation that
    /// Evaluations never made. Returns what does not hold (empty: it holds).
    /// </summary>
    public static async Task<IReadOnlyList<string>> ApprovedDecisionProblemsAsync(KinerjaSystem system)
    {
        var agreementOf = new Dictionary<string, string>();
        await using (var connection = system.Database("evaluations"))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT data->'result'->>'evaluationId', data->'result'->>'agreementId' FROM event_store.events WHERE type = 'evaluation.made.v1'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                agreementOf[reader.GetString(0)] = reader.GetString(1);
            }
        }
        var approved = new List<(string Id, string Evaluation, string Period, string Kind)>();
        await using (var connection = system.Database("sanctionreward"))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT id::text, evaluation_id, period, kind FROM sanctionreward.decisions WHERE status = 'Approved'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                approved.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }
        approved.ShouldNotBeEmpty("the demo verifier approved some of the first quarter's proposals");
        var problems = approved.Where(d => !agreementOf.ContainsKey(d.Evaluation))
            .Select(d => $"approved decision {d.Id} cites evaluation {d.Evaluation}, which Evaluations never made").ToList();
        problems.AddRange(approved.Where(d => agreementOf.ContainsKey(d.Evaluation))
            .GroupBy(d => (Agreement: agreementOf[d.Evaluation], d.Period, d.Kind))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Agreement} {g.Key.Period} {g.Key.Kind}: {g.Count()} approved decisions ({string.Join(", ", g.Select(d => d.Id))})"));
        return problems;
    }

    /// <summary>Every approved decision exists exactly once per agreement, period and kind.</summary>
    public static async Task ApprovedDecisionsOnceAsync(KinerjaSystem system) =>
        (await ApprovedDecisionProblemsAsync(system)).ShouldBeEmpty("every approved decision exactly once");

    /// <summary>Every invariant of issue #9 that reads the services' state: settled, realisations evaluated once, decisions once.</summary>
    public static async Task AllAsync(KinerjaSystem system, IReadOnlyDictionary<string, long>? poisoned = null, TimeSpan? limit = null)
    {
        await SettledAsync(system, poisoned, limit);
        await VerifiedRealisationsEvaluatedOnceAsync(system);
        await ApprovedDecisionsOnceAsync(system);
    }

    /// <summary>The ids of the <c>AgreementEvaluated</c> messages Evaluations wrote to its outbox at or after <paramref name="since"/>.</summary>
    public static async Task<HashSet<string>> EvaluationsWrittenSinceAsync(KinerjaSystem system, DateTimeOffset since)
    {
        var ids = new HashSet<string>();
        await using var connection = system.Database("evaluations");
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT id::text FROM event_store.outbox WHERE message_type = $2 AND created_at >= $1", connection);
        command.Parameters.AddWithValue(since);
        command.Parameters.AddWithValue(OutboxTypes.AgreementEvaluated);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        // A check over no messages proves nothing: the workload closes a quarter, so evaluations were written.
        ids.ShouldNotBeEmpty($"the Evaluations outbox holds AgreementEvaluated messages written since {since:O}; it holds {await OutboxSummaryAsync(system)}");
        return ids;
    }

    /// <summary>What the Evaluations outbox holds, per message type (for the messages of a failed check).</summary>
    private static async Task<string> OutboxSummaryAsync(KinerjaSystem system)
    {
        await using var connection = system.Database("evaluations");
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT message_type || ': ' || count(*) || ' (last ' || max(created_at)::text || ')' FROM event_store.outbox GROUP BY message_type", connection);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return lines.Count == 0 ? "nothing" : string.Join("; ", lines);
    }
}

/// <summary>The outbox's <c>message_type</c>: the message's MassTransit URN, <c>urn:message:</c> included.</summary>
public static class OutboxTypes
{
    public const string AgreementEvaluated = "urn:message:kinerja:evaluations:agreement-evaluated:v1";
}

public static class Exchanges
{
    public const string AgreementEvaluated = "kinerja.evaluations.agreement-evaluated.v1";
    public const string PeriodClosed = "kinerja.measurements.period-closed.v1";
}

