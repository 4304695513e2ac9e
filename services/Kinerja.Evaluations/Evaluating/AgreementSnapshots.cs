using Kinerja.Evaluations.Learning;
using Npgsql;

namespace Kinerja.Evaluations.Evaluating;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// The working state of an agreement's file at a stream version (ADR 0047): the terms in force, whether it was
/// withdrawn, the realisations that count and the standing evaluations WITHOUT their explanations. It is what learning
/// and periodic evaluation need; loading it and folding only the events after it keeps the cost of a message flat,
/// whereas the full fold read every <c>evaluation.made</c> ever recorded (~5 kB each, explanation included).
/// A snapshot is a cache, never a record: the events stay the auditor's record and the views (history, explanations,
/// on-demand evaluation) still fold the whole stream. It is a pure function of the events up to its version, so any
/// writer may store it after its commit ("only if newer"); a missing, older or differently shaped one only means
/// more events to fold.
/// </summary>
internal sealed class AgreementSnapshots(NpgsqlDataSource dataSource, ILogger<AgreementSnapshots> logger) : IHostedService
{
    /// <summary>Bump when the snapshot's shape or the fold's meaning changes: older snapshots are then ignored.</summary>
    public const int Shape = 1;

    /// <summary>
    /// A work that only learned realisations (small events) keeps the snapshot until this many events lie after it:
    /// writing the whole snapshot after every verification cost more than folding a few small events on the next load.
    /// </summary>
    public const int RefoldAtMost = 16;

    private static readonly string Schema = """
        CREATE SCHEMA IF NOT EXISTS evaluations;
        CREATE TABLE IF NOT EXISTS evaluations.agreement_snapshots (
            stream_id text PRIMARY KEY, version bigint NOT NULL, shape int NOT NULL, state text NOT NULL);
        """ + SchemaScript.PlainTextColumn("evaluations", "agreement_snapshots", "state");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly JsonElement NoExplanation = JsonDocument.Parse("{}").RootElement.Clone();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SchemaScript.ApplyAsync(dataSource, Schema, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The file at its latest version: the snapshot (at <c>SnapshotVersion</c>), then the events after it.</summary>
    public async Task<(AgreementFile File, long Version, long SnapshotVersion)> LoadAsync(EventStore store, string agreementId, CancellationToken cancellationToken)
    {
        var streamId = AgreementFile.StreamId(agreementId);
        var (file, version) = await ReadAsync(streamId, cancellationToken);
        var snapshotVersion = version;
        var later = await store.ReadStreamAsync(streamId, version + 1, cancellationToken: cancellationToken);
        foreach (var stored in later)
        {
            AgreementFile.Apply(file, stored.Data);
            version = stored.Version;
        }
        return (file, version, snapshotVersion);
    }

    /// <summary>Stores the file as it stands at <paramref name="version"/>, unless a snapshot as new or newer is there.</summary>
    public async Task SaveAsync(string agreementId, AgreementFile file, long version, CancellationToken cancellationToken)
    {
        var state = new Snapshot(file.Terms, file.Withdrawn, file.Realisations.ToList(),
            file.Standing.Values.Select(made => new StandingEvaluation(made.Result, made.InputsVersion, made.Trigger)).ToList());
        await using var command = dataSource.CreateCommand("""
            INSERT INTO evaluations.agreement_snapshots (stream_id, version, shape, state) VALUES ($1, $2, $3, $4)
            ON CONFLICT (stream_id) DO UPDATE SET version = $2, shape = $3, state = $4
            WHERE agreement_snapshots.version < $2 OR agreement_snapshots.shape <> $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = AgreementFile.StreamId(agreementId) });
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        command.Parameters.Add(new NpgsqlParameter { Value = Shape });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(state, Json) });
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException e)
        {
            // The events are committed; without this snapshot the next load folds a few more of them.
            logger.LogWarning(e, "The snapshot of {StreamId} at version {Version} was not stored", AgreementFile.StreamId(agreementId), version);
        }
    }

    private async Task<(AgreementFile File, long Version)> ReadAsync(string streamId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT version, state FROM evaluations.agreement_snapshots WHERE stream_id = $1 AND shape = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        command.Parameters.Add(new NpgsqlParameter { Value = Shape });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (new AgreementFile(), 0);
        }
        var version = reader.GetInt64(0);
        var state = JsonSerializer.Deserialize<Snapshot>(reader.GetString(1), Json)!;
        var file = new AgreementFile();
        if (state.Terms is not null)
        {
            AgreementFile.Apply(file, state.Terms);
        }
        if (state.Withdrawn)
        {
            AgreementFile.Apply(file, new AgreementEnded(state.Terms?.AgreementId ?? "", 0, "snapshot", Withdrawn: true, DateTimeOffset.MinValue));
        }
        foreach (var realisation in state.Realisations)
        {
            AgreementFile.Apply(file, realisation);
        }
        foreach (var standing in state.Standing)
        {
            AgreementFile.Apply(file, new EvaluationMade(standing.Result, NoExplanation, standing.InputsVersion, standing.Trigger));
        }
        return (file, version);
    }

    private sealed record Snapshot(AgreementTermsLearned? Terms, bool Withdrawn, IReadOnlyList<RealisationLearned> Realisations,
        IReadOnlyList<StandingEvaluation> Standing);

    private sealed record StandingEvaluation(AgreementEvaluated Result, long InputsVersion, string Trigger);
}
