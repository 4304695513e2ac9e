using Kinerja.Evaluations.Configuring;
using Kinerja.Evaluations.Learning;

namespace Kinerja.Evaluations.Evaluating;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// Evaluates every agreement of a region for a period (when the period closes, or on demand): the periodic
/// evaluation, and the year's final one when the period ends the year. All in one transaction.
/// </summary>
internal sealed class RegionEvaluation(EventStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<AgreementWork>> EvaluateAsync(string regionCode, ReportingPeriod period, EventSession session,
        string trigger, CancellationToken cancellationToken)
    {
        var configuration = await Configuration.LoadAsync(store, cancellationToken);
        var now = time.GetUtcNow();
        var works = new List<AgreementWork>();
        foreach (var agreementId in await RegionAgreements.OfAsync(store, regionCode, period.Year, cancellationToken))
        {
            var work = await AgreementWork.LoadAsync(store, agreementId, cancellationToken);
            work.Evaluate(period, configuration, now, trigger, trigger);
            if (period.Frequency != Frequency.Annual && EvaluationPeriods.EndsYear(period))
            {
                work.Evaluate(ReportingPeriod.WholeYear(period.Year), configuration, now, trigger, trigger);
            }
            work.WriteTo(session);
            works.Add(work);
        }
        return works;
    }

    public static void RecordStatus(EventSession session, string regionCode, PeriodStatusLearned status) =>
        session.Append(ClosedPeriods.StreamId(regionCode), ExpectedVersion.Any, status);
}
