using Kinerja.Evaluations.Configuring;

namespace Kinerja.Evaluations.Evaluating;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// One unit of work on an agreement's file: events learned and evaluations made, appended together at the version
/// the file was read at, with the messages they publish. A concurrent writer makes the save fail and it is retried.
/// </summary>
internal sealed class AgreementWork(string agreementId, AgreementFile file, long version, long snapshotVersion = 0)
{
    private readonly List<object> _events = [];
    private readonly List<object> _messages = [];

    public string AgreementId => agreementId;

    public AgreementFile File => file;

    public long Version => version;

    public IReadOnlyList<EvaluationMade> Made => _events.OfType<EvaluationMade>().ToList();

    /// <summary>The stream's version once this work is saved.</summary>
    public long VersionAfter => version + _events.Count;

    public bool HasChanges => _events.Count > 0;

    /// <summary>The whole file, history and explanations included (for views and on-demand evaluation).</summary>
    public static async Task<AgreementWork> LoadAsync(EventStore store, string agreementId, CancellationToken cancellationToken)
    {
        var (file, version) = await AgreementFile.LoadAsync(store, agreementId, cancellationToken);
        return new AgreementWork(agreementId, file, version);
    }

    /// <summary>The working state only, from the latest snapshot and the events after it (ADR 0047).</summary>
    public static async Task<AgreementWork> LoadAsync(EventStore store, AgreementSnapshots snapshots, string agreementId, CancellationToken cancellationToken)
    {
        var (file, version, snapshotVersion) = await snapshots.LoadAsync(store, agreementId, cancellationToken);
        return new AgreementWork(agreementId, file, version, snapshotVersion);
    }

    /// <summary>
    /// After the save committed: keeps the snapshot at the new version (a failure here costs only a longer fold next
    /// time) — unless the work only learned realisations and few events lie after the snapshot
    /// (<see cref="AgreementSnapshots.RefoldAtMost"/>): those are cheap to fold again, the snapshot is not cheap to write.
    /// </summary>
    public Task SaveSnapshotAsync(AgreementSnapshots snapshots, CancellationToken cancellationToken) =>
        _events.Any(e => e is not Learning.RealisationLearned) || VersionAfter - snapshotVersion >= AgreementSnapshots.RefoldAtMost
            ? snapshots.SaveAsync(agreementId, file, VersionAfter, cancellationToken)
            : Task.CompletedTask;

    public void Learn(object @event)
    {
        _events.Add(@event);
        AgreementFile.Apply(file, @event);
    }

    /// <summary>
    /// Evaluates up to <paramref name="upTo"/>; records a new evaluation unless the standing one of that period says
    /// the same. A different result supersedes the standing one (both kept, linked) and publishes both notices.
    /// </summary>
    public EvaluationMade? Evaluate(ReportingPeriod upTo, Configuration configuration, DateTimeOffset now, string trigger, string reason)
    {
        if (!file.Evaluable || file.Terms!.FiscalYear != upTo.Year)
        {
            return null;
        }
        var fresh = Evaluator.Evaluate(file, version + _events.Count, upTo, configuration, now, trigger);
        if (!file.Standing.TryGetValue(fresh.Result.Period, out var standing))
        {
            Record(fresh, null);
            return fresh;
        }
        if (fresh.Result.SameAs(standing.Result))
        {
            return null;
        }
        var superseding = fresh with { Result = fresh.Result with { Supersedes = standing.Result.EvaluationId } };
        Record(superseding, new EvaluationSuperseded(standing.Result.EvaluationId, superseding.Result.EvaluationId,
            agreementId, standing.Result.RegionCode, standing.Result.Period, reason, now));
        return superseding;
    }

    /// <summary>After an input changed: evaluates every period already evaluated again.</summary>
    /// <summary>
    /// Evaluates again each standing evaluation an input of <paramref name="changedPeriod"/> can change (all of them
    /// when it is null): those of its year whose span — the year up to their period — reaches into it. A verification
    /// of TW II leaves TW I's evaluation alone instead of recomputing it to the same result.
    /// </summary>
    public void Reevaluate(Configuration configuration, DateTimeOffset now, string trigger, string reason, string? changedPeriod = null)
    {
        var changed = EvaluationPeriods.TryParse(changedPeriod, out var parsed) ? parsed : (ReportingPeriod?)null;
        foreach (var period in file.Standing.Keys.ToList())
        {
            if (EvaluationPeriods.TryParse(period, out var upTo)
                && (changed is not { } input || (input.Year == upTo.Year && input.EndMonth - input.Frequency.MonthsPerPeriod() < upTo.EndMonth)))
            {
                Evaluate(upTo, configuration, now, trigger, reason);
            }
        }
    }

    public void WriteTo(EventSession session)
    {
        if (_events.Count > 0)
        {
            session.Append(AgreementFile.StreamId(agreementId), version, _events.ToArray());
        }
        foreach (var message in _messages)
        {
            session.Enqueue(message, orderingKey: AgreementFile.StreamId(agreementId));
        }
    }

    private void Record(EvaluationMade made, EvaluationSuperseded? superseded)
    {
        Learn(made);
        _messages.Add(made.Result);
        if (superseded is not null)
        {
            Learn(new EvaluationReplaced(superseded));
            _messages.Add(superseded);
        }
    }
}
