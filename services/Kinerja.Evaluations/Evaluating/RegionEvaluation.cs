using Kinerja.Evaluations.Configuring;
using Kinerja.Evaluations.Learning;

namespace Kinerja.Evaluations.Evaluating;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// Evaluates every agreement of a region for a period (when the period closes, or on demand): the periodic
/// evaluation, and the year's final one when the period ends the year. Each agreement in its own transaction
/// (ADR 0048): a concurrent message about one agreement makes only that agreement be read and evaluated again, and
/// evaluating an agreement whose standing evaluation already says the same records nothing, so running it twice is
/// harmless.
/// </summary>
internal sealed class RegionEvaluation(EventStore store, AgreementSnapshots snapshots, TimeProvider time)
{
    /// <summary>Tries per agreement before the conflict is left to the message's retry policy.</summary>
    public const int Attempts = 10;

    public async Task<IReadOnlyList<AgreementWork>> EvaluateAsync(string regionCode, ReportingPeriod period, EventMetadata metadata,
        string trigger, CancellationToken cancellationToken)
    {
        var configuration = await Configuration.LoadAsync(store, cancellationToken);
        var works = new List<AgreementWork>();
        foreach (var agreementId in await RegionAgreements.OfAsync(store, regionCode, period.Year, cancellationToken))
        {
            works.Add(await EvaluateAgreementAsync(agreementId, period, configuration, metadata, trigger, cancellationToken));
        }
        return works;
    }

    private async Task<AgreementWork> EvaluateAgreementAsync(string agreementId, ReportingPeriod period, Configuration configuration,
        EventMetadata metadata, string trigger, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var work = await AgreementWork.LoadAsync(store, snapshots, agreementId, cancellationToken);
            var now = time.GetUtcNow();
            work.Evaluate(period, configuration, now, trigger, trigger);
            if (period.Frequency != Frequency.Annual && EvaluationPeriods.EndsYear(period))
            {
                work.Evaluate(ReportingPeriod.WholeYear(period.Year), configuration, now, trigger, trigger);
            }
            if (!work.HasChanges)
            {
                return work;
            }
            try
            {
                await using var session = store.OpenSession(metadata);
                work.WriteTo(session);
                await session.SaveChangesAsync(cancellationToken);
                await work.SaveSnapshotAsync(snapshots, cancellationToken);
                return work;
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                // Another message about this agreement was saved first: this agreement alone is read and evaluated again.
            }
        }
    }

    public static void RecordStatus(EventSession session, string regionCode, PeriodStatusLearned status) =>
        session.Append(ClosedPeriods.StreamId(regionCode), ExpectedVersion.Any, status);
}
