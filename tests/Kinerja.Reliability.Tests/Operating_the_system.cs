using System.Text;
using RabbitMQ.Client;

namespace Kinerja.Reliability.Tests;

/// <summary>The /ops endpoints against the running system: status, poison messages and re-drive, duplicates, tampering.</summary>
[Collection(SystemCollection.Name)]
public sealed class Operating_the_system(KinerjaSystem system)
{
    [Fact]
    public async Task Ops_endpoints_answer_admins_only_and_report_every_services_backlog_lag_and_queues()
    {
        foreach (var service in KinerjaSystem.Services)
        {
            using (var anonymous = system.Client())
            {
                (await anonymous.GetAsync($"{system.Url(service)}/ops/status")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            }
            foreach (var user in new[] { "operator-6402", "verifier-6402", "reviewer-6402", "ministry", "auditor", "hr" })
            {
                using var http = system.Client(user);
                (await http.GetAsync($"{system.Url(service)}/ops/status")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{user} on {service}");
                (await http.PostAsync($"{system.Url(service)}/ops/error-queues/x_error/redrive", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            }
            var status = await system.OpsStatusAsync(service);
            status.GetProperty("storeUnavailable").ValueKind.ShouldBe(JsonValueKind.Null);
            status.GetProperty("brokerUnavailable").ValueKind.ShouldBe(JsonValueKind.Null);
            status.GetProperty("store").GetProperty("events").GetInt64().ShouldBeGreaterThan(0, $"{service} holds the demo's events");
            var queues = status.GetProperty("queues").EnumerateArray().ToList();
            queues.ShouldNotBeEmpty($"{service} consumes at least one queue");
            queues.ShouldAllBe(q => q.GetProperty("errorQueue").GetString()!.EndsWith("_error") && q.GetProperty("consumers").GetInt64() > 0);

            using var admin = system.Client("admin");
            var unknown = await admin.GetAsync($"{system.Url(service)}/ops/error-queues/not-ours_error/messages");
            unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await unknown.Content.ReadAsStringAsync()).ShouldContain("not an error queue of this service");
        }
    }

    [Fact]
    public async Task A_poison_message_lands_in_the_error_queue_with_its_reason_blocks_nothing_and_can_be_inspected_and_redriven()
    {
        var status = await system.OpsStatusAsync("sanctionreward");
        var queue = status.GetProperty("queues")[0].GetProperty("queue").GetString()!;
        var errorQueue = queue + "_error";
        var poisonId = Guid.NewGuid().ToString();
        await using (var connection = await new ConnectionFactory { Uri = new Uri(system.RabbitMq) }.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            var properties = new BasicProperties { MessageId = poisonId, ContentType = "application/vnd.masstransit+json", Persistent = true };
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes("{\"messageType\": [\"urn:message:kinerja:evaluations:agreement-evaluated:v1\"], \"message\": {\"agreementId\": "));
        }
        var poisoned = new Dictionary<string, long> { [errorQueue] = 1 };
        await Eventually.Until(() => system.OpsStatusAsync("sanctionreward"),
            s => s.GetProperty("queues").EnumerateArray().Any(q => q.GetProperty("errorQueue").GetString() == errorQueue && q.GetProperty("errorMessages").GetInt64() == 1),
            TimeSpan.FromMinutes(2), "the poison message in the error queue");

        // Blocks nothing: the workload still flows through every service.
        await Workload.CycleAsync(system, 100);
        await Invariants.SettledAsync(system, poisoned);

        using var admin = system.Client("admin");
        var inspected = await admin.GetFromJsonAsync<List<JsonElement>>($"{system.Url("sanctionreward")}/ops/error-queues/{errorQueue}/messages");
        inspected!.Count.ShouldBe(1);
        inspected[0].GetProperty("messageId").GetString().ShouldBe(poisonId);
        inspected[0].GetProperty("faultReason").GetString().ShouldNotBeNullOrWhiteSpace();
        inspected[0].GetProperty("bodyExcerpt").GetString()!.ShouldContain("agreementId");
        // Inspecting leaves the message where it was.
        await Invariants.SettledAsync(system, poisoned);

        var redrive = await admin.PostAsync($"{system.Url("sanctionreward")}/ops/error-queues/{errorQueue}/redrive?messageId={poisonId}", null);
        redrive.StatusCode.ShouldBe(HttpStatusCode.OK);
        var moved = await redrive.Content.ReadFromJsonAsync<JsonElement>();
        moved.GetProperty("moved").GetInt32().ShouldBe(1);
        moved.GetProperty("to").GetString().ShouldBe(queue);
        // Re-driven into its queue, the still-malformed message fails again and returns with a fresh reason: one copy, never lost.
        await Invariants.SettledAsync(system, poisoned);
        var again = await admin.GetFromJsonAsync<List<JsonElement>>($"{system.Url("sanctionreward")}/ops/error-queues/{errorQueue}/messages");
        again!.Select(m => m.GetProperty("messageId").GetString()).ShouldBe([poisonId]);

        await using (var connection = await new ConnectionFactory { Uri = new Uri(system.RabbitMq) }.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueuePurgeAsync(errorQueue);
        }
        await Invariants.AllAsync(system);
    }

    [Fact]
    public async Task The_same_integration_message_delivered_twice_and_out_of_order_changes_nothing_the_second_time()
    {
        await using var probe = await BusProbe.StartAsync(system.RabbitMq, Exchanges.AgreementEvaluated, Exchanges.PeriodClosed);
        // After the probe is bound: every message written from here on must reach it. The full cycle evaluates (a bare
        // reopen-and-close re-evaluates to the same standing evaluations and writes none).
        var since = DateTimeOffset.UtcNow;
        await Workload.FullCycleAsync(system, 200);
        await probe.WaitForAsync(Exchanges.PeriodClosed);
        await Invariants.SettledAsync(system);
        var evaluated = probe.Received.Where(m => m.Exchange == Exchanges.AgreementEvaluated).ToList();
        var closed = probe.Received.Where(m => m.Exchange == Exchanges.PeriodClosed).ToList();
        var before = await system.SettledEventCountAsync();

        // Raw duplicates, newest first (out of order), each twice, straight to the exchanges the services consume.
        await using (var connection = await new ConnectionFactory { Uri = new Uri(system.RabbitMq) }.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true)))
        {
            foreach (var message in closed.Concat(evaluated).Reverse().Concat(closed).Concat(evaluated))
            {
                var properties = new BasicProperties { MessageId = message.MessageId, ContentType = "application/vnd.masstransit+json", Persistent = true };
                await channel.BasicPublishAsync(message.Exchange, "", false, properties, Encoding.UTF8.GetBytes(message.RawBody));
            }
        }
        await Invariants.SettledAsync(system);
        (await system.TotalEventsAsync()).ShouldBe(before, "a message delivered again appends nothing");
        (await Invariants.EvaluationsDeliveredOnceAsync(system, probe, since)).ShouldBeGreaterThanOrEqualTo(0);
        await Invariants.VerifiedRealisationsEvaluatedOnceAsync(system);
        await Invariants.ApprovedDecisionsOnceAsync(system);
    }

    [Fact]
    public async Task The_whole_workload_signs_and_revises_an_agreement_records_verifies_and_corrects_realisations_and_every_invariant_holds()
    {
        await using var probe = await BusProbe.StartAsync(system.RabbitMq, Exchanges.AgreementEvaluated);
        var since = DateTimeOffset.UtcNow;
        var cycle = await Workload.FullCycleAsync(system, 300);
        await Invariants.AllAsync(system);
        (await Invariants.EvaluationsDeliveredOnceAsync(system, probe, since)).ShouldBe(0, "no fault, so no relay sent anything twice");

        // What the cycle did is visible through the APIs: the agreement in force at content version 2, the corrected
        // realisation verified with two entries, and the new agreement evaluated for the closed quarter.
        using var auditor = system.Client("auditor");
        var agreement = (await Workload.ReadAsync(auditor, $"{system.Url("agreements")}/api/agreements/{cycle.AgreementId}")).GetProperty("agreement");
        agreement.GetProperty("status").GetString().ShouldBe("InForce");
        agreement.GetProperty("version").GetInt32().ShouldBe(2);
        var corrected = await Workload.ReadAsync(auditor, cycle.Corrected);
        corrected.GetProperty("status").GetString().ShouldBe("Verified");
        corrected.GetProperty("entries").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
        var evaluations = await Workload.ReadAsync(auditor, $"{system.Url("evaluations")}/api/agreements/{cycle.AgreementId}/evaluations");
        evaluations.GetProperty("evaluations").EnumerateArray()
            .Count(e => e.GetProperty("standing").GetBoolean() && e.GetProperty("evaluation").GetProperty("period").GetString() == $"{KinerjaSystem.Year}-TW1")
            .ShouldBe(1, "the new agreement is evaluated for the closed quarter");
    }

    /// <summary>
    /// The two invariants that compare services can fail: a verified value changed in Measurements' read model, a verified
    /// realisation copied into a closed quarter no evaluation covers, and an approved decision copied in SanctionReward's
    /// read model are each reported — and once undone, nothing is.
    /// </summary>
    [Fact]
    public async Task The_invariants_report_a_verified_value_no_evaluation_holds_a_realisation_in_no_evaluation_and_a_duplicated_approved_decision()
    {
        await Invariants.AllAsync(system);
        var quarter = $"{KinerjaSystem.Year}-Q2";
        const string countedValuePath = "{countedValue}";
        var victim = await system.ScalarAsync<string>("measurements",
            $"SELECT stream_id FROM measurements.realisations WHERE status = 'Verified' AND period = '{Workload.Period}' ORDER BY stream_id LIMIT 1");
        var decision = await system.ScalarAsync<string>("sanctionreward", "SELECT id::text FROM sanctionreward.decisions WHERE status = 'Approved' ORDER BY id LIMIT 1");
        async Task SqlAsync(string service, string sql)
        {
            await using var connection = system.Database(service);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        try
        {
            await SqlAsync("measurements", $"""
                CREATE TABLE public.kept_realisation AS SELECT * FROM measurements.realisations WHERE stream_id = '{victim}';
                UPDATE measurements.realisations SET state = jsonb_set(state::jsonb, '{countedValuePath}', to_jsonb((state::jsonb->>'countedValue')::numeric + 1000))::text
                WHERE stream_id = '{victim}';
                INSERT INTO measurements.realisations SELECT stream_id || '-copied', agreement_id, region, unit_id, '{quarter}', status, version, state
                FROM public.kept_realisation;
                INSERT INTO measurements.closed_periods (region, period) VALUES ('{Workload.Region}', '{quarter}') ON CONFLICT DO NOTHING;
                """);
            await SqlAsync("sanctionreward", $"""
                INSERT INTO sanctionreward.decisions SELECT gen_random_uuid(), proposal_key || '-copied', evaluation_id, region, unit_id, receiver_nip,
                    receiver_name, period, kind, allowance_percent, status, appeal, policy_id, policy_version, rule_id, version, updated_at
                FROM sanctionreward.decisions WHERE id = '{decision}'
                """);

            var realisations = await Invariants.VerifiedRealisationProblemsAsync(system, TimeSpan.Zero);
            var report = string.Join("\n", realisations);
            realisations.ShouldContain(p => p.Contains($" {Workload.Period}: verified ", StringComparison.Ordinal) && p.Contains(", evaluated ", StringComparison.Ordinal), report);
            realisations.ShouldContain(p => p.Contains($" {quarter}: verified, but in 0 standing evaluations", StringComparison.Ordinal), report);
            realisations.Count.ShouldBe(2, report);
            var decisions = await Invariants.ApprovedDecisionProblemsAsync(system);
            decisions.ShouldHaveSingleItem().ShouldContain(decision);
        }
        finally
        {
            await SqlAsync("measurements", $"""
                DELETE FROM measurements.realisations WHERE stream_id LIKE '%-copied';
                DELETE FROM measurements.closed_periods WHERE region = '{Workload.Region}' AND period = '{quarter}';
                UPDATE measurements.realisations r SET state = k.state FROM public.kept_realisation k WHERE r.stream_id = k.stream_id;
                DROP TABLE IF EXISTS public.kept_realisation;
                """);
            await SqlAsync("sanctionreward", "DELETE FROM sanctionreward.decisions WHERE proposal_key LIKE '%-copied'");
        }
        await Invariants.AllAsync(system);
    }

    [Fact]
    public async Task A_row_altered_deleted_or_inserted_in_SQL_is_reported_by_ops_verification_and_the_auditors_verification_api()
    {
        using var auditor = system.Client("auditor");
        await using var connection = system.Database("agreements");
        await connection.OpenAsync();
        async Task SqlAsync(string sql)
        {
            await using var command = new Npgsql.NpgsqlCommand("SET session_replication_role = replica; " + sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        async Task ReportedAsync(string problem)
        {
            var ops = await system.OpsVerificationAsync("agreements");
            ops.GetProperty("intact").GetBoolean().ShouldBeFalse();
            ops.GetProperty("firstBrokenLink").GetProperty("problem").GetString()!.ShouldContain(problem);
            var audit = await auditor.GetFromJsonAsync<JsonElement>($"{system.Url("agreements")}/api/audit/verification");
            audit.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
            audit.GetProperty("firstBrokenLink").GetProperty("streamId").GetString().ShouldBe(ops.GetProperty("firstBrokenLink").GetProperty("streamId").GetString());
        }
        async Task IntactAsync() => (await system.OpsVerificationAsync("agreements")).GetProperty("intact").GetBoolean().ShouldBeTrue();

        await IntactAsync();
        // The victim: the second event of some stream (its data as text, restored byte for byte afterwards).
        await using var pick = new Npgsql.NpgsqlCommand(
            "SELECT tx_id, seq, stream_id, version, data::text FROM event_store.events WHERE version = 2 ORDER BY tx_id, seq LIMIT 1", connection);
        long tx, seq, version;
        string stream, data;
        await using (var reader = await pick.ExecuteReaderAsync())
        {
            (await reader.ReadAsync()).ShouldBeTrue();
            (tx, seq, stream, version, data) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4));
        }

        await SqlAsync($"UPDATE event_store.events SET data = '{{\"tampered\": true}}' WHERE tx_id = {tx} AND seq = {seq}");
        await ReportedAsync("altered");
        await using (var restore = new Npgsql.NpgsqlCommand($"UPDATE event_store.events SET data = $1::json WHERE tx_id = {tx} AND seq = {seq}", connection))
        {
            restore.Parameters.AddWithValue(data);
            await restore.ExecuteNonQueryAsync();
        }
        await IntactAsync();

        await SqlAsync($"CREATE TEMP TABLE kept AS SELECT * FROM event_store.events WHERE tx_id = {tx} AND seq = {seq}; DELETE FROM event_store.events WHERE tx_id = {tx} AND seq = {seq}");
        await ReportedAsync("deleted");
        await SqlAsync("INSERT INTO event_store.events OVERRIDING SYSTEM VALUE SELECT * FROM kept; DROP TABLE kept");
        await IntactAsync();

        await SqlAsync($"""
            INSERT INTO event_store.events (event_id, stream_id, version, type, data, metadata, tenant, recorded_at, hash)
            SELECT gen_random_uuid(), stream_id, (SELECT max(version) + 1 FROM event_store.events WHERE stream_id = '{stream}'), type, data, metadata, tenant, recorded_at, hash
            FROM event_store.events WHERE tx_id = {tx} AND seq = {seq}
            """);
        await ReportedAsync("");
        await SqlAsync($"DELETE FROM event_store.events WHERE stream_id = '{stream}' AND version > (SELECT version FROM event_store.streams WHERE id = '{stream}')");
        await IntactAsync();
        version.ShouldBe(2);
    }
}
