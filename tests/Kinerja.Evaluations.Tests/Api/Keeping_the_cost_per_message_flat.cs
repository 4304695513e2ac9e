using System.Text.Json;
using Kinerja.Evaluations.Configuring;
using Kinerja.Evaluations.Evaluating;
using Kinerja.Evaluations.Learning;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kinerja.Evaluations.Tests.Api;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// ADR 0047 (an agreement's working state from a snapshot, not from every evaluation ever made) and ADR 0048 (a
/// period's close evaluates each agreement in its own transaction, records the close once, and marks the message last).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Keeping_the_cost_per_message_flat(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private EvaluationsHost _host = null!;

    public async Task InitializeAsync() => _host = await EvaluationsHost.StartAsync(infrastructure);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Signs the agreement, verifies one realisation of 2026-Q1 (70) once it has been learned, and closes 2026-Q1.</summary>
    private async Task SignVerifyAndCloseTheFirstQuarterAsync(Upstream upstream)
    {
        await _host.PublishAsync(upstream.Signed());
        await _host.PublishAsync(upstream.Verified("2026-Q1", 70));
        await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode, json => json.GetProperty("realisations").GetArrayLength() == 1);
        await _host.PublishAsync(upstream.Closed("2026-Q1"));
    }

    [Fact]
    public async Task the_snapshot_and_the_full_fold_give_the_same_file_and_the_same_evaluation()
    {
        var upstream = Upstream.In("64.31");
        await SignVerifyAndCloseTheFirstQuarterAsync(upstream);
        for (var entry = 2; entry <= 6; entry++)
        {
            await _host.PublishAsync(upstream.Verified("2026-Q1", 70 + entry, entry));
        }
        await _host.PublishAsync(upstream.Verified("2026-Q2", 90));
        await _host.PublishAsync(upstream.RevisionApproved(quarterTarget: 80));
        await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode, json => json.GetProperty("realisations").GetArrayLength() == 2
            && Standing(json, "2026-TW1") is { } standing
            && standing.GetProperty("evaluation").GetProperty("agreementVersion").GetInt32() == 2
            && standing.GetProperty("evaluation").GetProperty("indicators")[0].GetProperty("realisation").GetDecimal() == 76m);

        var store = _host.Services.GetRequiredService<EventStore>();
        var snapshots = _host.Services.GetRequiredService<AgreementSnapshots>();
        var id = upstream.AgreementId.ToString();
        var fromSnapshot = await AgreementWork.LoadAsync(store, snapshots, id, CancellationToken.None);
        await DeleteSnapshotsAsync();
        var withoutSnapshot = await AgreementWork.LoadAsync(store, snapshots, id, CancellationToken.None);

        foreach (var compact in new[] { fromSnapshot, withoutSnapshot })
        {
            // The whole stream folded up to the same version (a message may still be adding to it).
            var full = (await store.AggregateStreamAsync(AgreementFile.StreamId(id), new AgreementFile(), AgreementFile.Apply,
                atVersion: compact.Version))!;
            full.Version.ShouldBe(compact.Version);
            compact.Version.ShouldBeGreaterThanOrEqualTo(10); // signed, six Q1 entries, Q2, the revision and at least one evaluation
            Describe(compact.File).ShouldBe(Describe(full.State));
            (await EvaluatedAsync(compact.File, compact.Version, store)).ShouldBe(await EvaluatedAsync(full.State, full.Version, store));
        }
    }

    [Fact]
    public async Task verifications_alone_leave_the_snapshot_until_enough_events_lie_after_it_and_loading_still_gives_the_latest_file()
    {
        var upstream = Upstream.In("64.33");
        var id = upstream.AgreementId.ToString();
        await _host.PublishAsync(upstream.Signed());
        await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode);
        var signedAt = await SnapshotVersionAsync(id);
        signedAt.ShouldNotBeNull(); // terms learned: a snapshot is written at once

        for (var entry = 1; entry <= 3; entry++)
        {
            await _host.PublishAsync(upstream.Verified("2026-Q1", 70 + entry, entry));
            await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode, json => EntryCounting(json) == entry);
        }

        (await SnapshotVersionAsync(id)).ShouldBe(signedAt);
        var store = _host.Services.GetRequiredService<EventStore>();
        var work = await AgreementWork.LoadAsync(store, _host.Services.GetRequiredService<AgreementSnapshots>(), id, CancellationToken.None);
        work.Version.ShouldBe(signedAt!.Value + 3);
        work.File.Realisations.ShouldHaveSingleItem().Value.ShouldBe(73m);

        for (var entry = 4; entry <= 3 + AgreementSnapshots.RefoldAtMost; entry++)
        {
            await _host.PublishAsync(upstream.Verified("2026-Q1", 70 + entry, entry));
        }
        await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode,
            json => EntryCounting(json) == 3 + AgreementSnapshots.RefoldAtMost);
        (await SnapshotVersionAsync(id)).ShouldNotBe(signedAt);
    }

    [Fact]
    public async Task an_input_is_evaluated_again_only_in_the_standing_evaluations_whose_span_reaches_its_period()
    {
        var upstream = Upstream.In("64.34");
        await SignVerifyAndCloseTheFirstQuarterAsync(upstream);
        await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode, json => Standing(json, "2026-TW1") is not null);
        var store = _host.Services.GetRequiredService<EventStore>();
        var snapshots = _host.Services.GetRequiredService<AgreementSnapshots>();
        var configuration = await Configuration.LoadAsync(store, CancellationToken.None);
        var corrected = new RealisationLearned(upstream.IndicatorId, "2026-Q1", 2, 95m, 1, DateTimeOffset.UtcNow);

        // The TW I value changes in the file; an input said to be of TW II cannot reach TW I's evaluation, so it stays.
        var later = await AgreementWork.LoadAsync(store, snapshots, upstream.AgreementId.ToString(), CancellationToken.None);
        later.Learn(corrected);
        later.Reevaluate(configuration, DateTimeOffset.UtcNow, "test", "an input of TW II", "2026-Q2");
        later.Made.ShouldBeEmpty();

        // The same change said to be of TW I (or of no particular period) evaluates TW I again.
        foreach (var period in new[] { "2026-Q1", "2026-S1", null })
        {
            var same = await AgreementWork.LoadAsync(store, snapshots, upstream.AgreementId.ToString(), CancellationToken.None);
            same.Learn(corrected);
            same.Reevaluate(configuration, DateTimeOffset.UtcNow, "test", "an input of TW I", period);
            same.Made.ShouldHaveSingleItem().Result.Period.ShouldBe("2026-TW1");
        }
    }

    [Fact]
    public async Task a_close_racing_verifications_of_its_agreements_evaluates_each_once_and_handling_it_again_changes_nothing()
    {
        const int count = 12;
        var agreements = Enumerable.Range(0, count).Select(_ => Upstream.In("64.32")).ToList();
        foreach (var agreement in agreements)
        {
            await _host.PublishAsync(agreement.Signed());
            await _host.PublishAsync(agreement.Verified("2026-Q1", 60));
        }
        await Task.WhenAll(agreements.Select(a => _host.AgreementAsync(a.AgreementId, a.RegionCode,
            json => json.GetProperty("realisations").GetArrayLength() == 1)));

        // The close and a correction of every agreement at once: they meet on the agreements' stream versions.
        var close = agreements[0].Closed("2026-Q1");
        await Task.WhenAll(agreements.Select((a, i) => _host.PublishAsync(a.Verified("2026-Q1", 70 + i, entry: 2)))
            .Append(_host.PublishAsync(close)));

        var histories = await Task.WhenAll(agreements.Select((a, i) => _host.AgreementAsync(a.AgreementId, a.RegionCode,
            json => Standing(json, "2026-TW1") is { } standing
                && standing.GetProperty("evaluation").GetProperty("achievement").GetDecimal() == 70 + i, TimeSpan.FromMinutes(3))));
        foreach (var history in histories)
        {
            ClosedEvaluations(history).ShouldBe(1);
        }

        // Handled again (as after a crash before the inbox mark): the close is recorded once, nothing is evaluated anew.
        var store = _host.Services.GetRequiredService<EventStore>();
        var recorded = (await store.ReadStreamAsync("periods-64.32")).ShouldHaveSingleItem().Data.ShouldBeOfType<PeriodStatusLearned>();
        var metadata = new Kinerja.EventStore.EventMetadata("64.32", "measurements", null);
        await ClosedPeriods.RecordOnceAsync(store, metadata, "64.32", recorded, CancellationToken.None);
        EvaluationPeriods.TryParse("2026-Q1", out var period).ShouldBeTrue();
        var again = await _host.Services.GetRequiredService<RegionEvaluation>().EvaluateAsync("64.32", period, metadata, "PeriodClosed", CancellationToken.None);

        (await store.ReadStreamAsync("periods-64.32")).Count.ShouldBe(1);
        again.Count.ShouldBe(count);
        again.ShouldAllBe(work => work.Made.Count == 0);
    }

    private static JsonElement? Standing(JsonElement history, string period) =>
        history.GetProperty("evaluations").EnumerateArray()
            .Where(e => e.GetProperty("standing").GetBoolean() && e.GetProperty("evaluation").GetProperty("period").GetString() == period)
            .Select(e => (JsonElement?)e).SingleOrDefault();

    private static int? EntryCounting(JsonElement history) =>
        history.GetProperty("realisations").EnumerateArray().Select(r => (int?)r.GetProperty("entryNumber").GetInt32()).FirstOrDefault();

    private static int ClosedEvaluations(JsonElement history) =>
        history.GetProperty("evaluations").EnumerateArray().Count(e => e.GetProperty("trigger").GetString() == "PeriodClosed"
            && e.GetProperty("evaluation").GetProperty("period").GetString() == "2026-TW1");

    // Everything the working state is made of, in a stable order: terms, withdrawal, realisations, standing results.
    private static string Describe(AgreementFile file) => JsonSerializer.Serialize(new
    {
        file.Terms,
        file.Withdrawn,
        Realisations = file.Realisations.OrderBy(r => r.IndicatorId).ThenBy(r => r.Period).ToList(),
        Standing = file.Standing.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new { s.Key, s.Value.Result, s.Value.InputsVersion, s.Value.Trigger }).ToList(),
    }, Json);

    private static async Task<string> EvaluatedAsync(AgreementFile file, long version, EventStore store)
    {
        var configuration = await Configuration.LoadAsync(store, CancellationToken.None);
        EvaluationPeriods.TryParse("2026-TW2", out var period).ShouldBeTrue();
        var made = Evaluator.Evaluate(file, version, period, configuration, DateTimeOffset.UnixEpoch, "test");
        return JsonSerializer.Serialize(new { Result = made.Result with { EvaluationId = "" }, made.Explanation, made.InputsVersion }, Json);
    }

    private async Task<long?> SnapshotVersionAsync(string agreementId)
    {
        await using var database = Database();
        await using var command = database.CreateCommand("SELECT version FROM evaluations.agreement_snapshots WHERE stream_id = $1");
        command.Parameters.AddWithValue(AgreementFile.StreamId(agreementId));
        return await command.ExecuteScalarAsync() as long?;
    }

    private async Task DeleteSnapshotsAsync()
    {
        await using var database = Database();
        await using var command = database.CreateCommand("DELETE FROM evaluations.agreement_snapshots");
        await command.ExecuteNonQueryAsync();
    }

    private NpgsqlDataSource Database() => NpgsqlDataSource.Create(_host.Services.GetRequiredService<EventStore>().Options.ConnectionString);
}
