using MassTransit;
using Kinerja.Evaluations.Configuring;
using Kinerja.Evaluations.Evaluating;

namespace Kinerja.Evaluations.Learning;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// Stores what an upstream message says as this service's own events, re-evaluates what it changes, and marks the
/// message consumed, all in one transaction: a redelivered message finds its id in the inbox and changes nothing.
/// </summary>
internal sealed class Learner(EventStore store, AgreementSnapshots snapshots, TimeProvider time)
{
    public async Task LearnAsync<T>(ConsumeContext<T> context, string consumer, string regionCode, string agreementId, object learned,
        string? reevaluateBecause, CancellationToken cancellationToken)
        where T : class
    {
        var work = await AgreementWork.LoadAsync(store, snapshots, agreementId, cancellationToken);
        work.Learn(learned);
        if (reevaluateBecause is not null)
        {
            var configuration = await Configuration.LoadAsync(store, cancellationToken);
            work.Reevaluate(configuration, time.GetUtcNow(), consumer, reevaluateBecause, (learned as RealisationLearned)?.Period);
        }
        if (learned is AgreementTermsLearned terms)
        {
            await EvaluateClosedPeriodsAsync(work, terms, cancellationToken);
        }
        await using var session = store.OpenSession(new EventMetadata(regionCode, Upstream<T>(), reevaluateBecause));
        session.MarkConsumed(context.MessageId ?? NewId.NextGuid(), consumer);
        work.WriteTo(session);
        // Not saved: a redelivered message, whose events are already in the stream, so its work is not the file's state.
        if (await session.SaveChangesAsync(cancellationToken))
        {
            await work.SaveSnapshotAsync(snapshots, cancellationToken);
        }
    }

    public async Task LearnPeriodAsync<T>(ConsumeContext<T> context, string consumer, string regionCode, PeriodStatusLearned status,
        RegionEvaluation evaluation, CancellationToken cancellationToken)
        where T : class
    {
        var metadata = new EventMetadata(regionCode, Upstream<T>(), status.Reason);
        var messageId = context.MessageId ?? NewId.NextGuid();
        await using var session = store.OpenSession(metadata);
        session.MarkConsumed(messageId, consumer);
        if (status.Closed && EvaluationPeriods.TryParse(status.Period, out var period))
        {
            if (await store.HasConsumedAsync(messageId, consumer, cancellationToken))
            {
                return;
            }
            // ADR 0048: the close first (terms learned from now on see it, ADR 0035), then every agreement in its own
            // transaction, then the inbox mark. A redelivery records the close once and re-evaluates to no change.
            await ClosedPeriods.RecordOnceAsync(store, metadata, regionCode, status, cancellationToken);
            await evaluation.EvaluateAsync(regionCode, period, metadata, "PeriodClosed", cancellationToken);
        }
        else
        {
            RegionEvaluation.RecordStatus(session, regionCode, status);
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Terms that arrive after their region closed a period (the agreement was signed late, or its message came after
    /// the close) are evaluated for that period on arrival, as the close would have done had it known them.
    /// </summary>
    private async Task EvaluateClosedPeriodsAsync(AgreementWork work, AgreementTermsLearned terms, CancellationToken cancellationToken)
    {
        var closed = await ClosedPeriods.OfAsync(store, terms.RegionCode, terms.FiscalYear, cancellationToken);
        var missing = closed.Where(p => !work.File.Standing.ContainsKey(EvaluationPeriods.Format(p))).ToList();
        if (missing.Count == 0 || !work.File.Evaluable)
        {
            return;
        }
        var configuration = await Configuration.LoadAsync(store, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var period in missing)
        {
            var reason = $"PeriodClosed: {EvaluationPeriods.Format(period)} was closed before agreement version {terms.Version} arrived";
            work.Evaluate(period, configuration, now, "PeriodClosed", reason);
            var year = ReportingPeriod.WholeYear(period.Year);
            if (period.Frequency != Frequency.Annual && EvaluationPeriods.EndsYear(period) && !work.File.Standing.ContainsKey(EvaluationPeriods.Format(year)))
            {
                work.Evaluate(year, configuration, now, "PeriodClosed", reason);
            }
        }
    }

    // The actor of a learned event is the service that published the message.
    private static string Upstream<T>() => typeof(T).Namespace == typeof(PeriodClosed).Namespace ? "measurements" : "agreements";
}
