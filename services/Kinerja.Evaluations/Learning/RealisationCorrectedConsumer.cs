using MassTransit;

namespace Kinerja.Evaluations.Learning;

/// <summary>Stops counting a corrected realisation until its new entry is verified. Idempotent through the inbox.</summary>
internal sealed class RealisationCorrectedConsumer(Learner learner) : IConsumer<RealisationCorrected>
{
    // The corrected value counts only once verified: evaluations are redone on that RealisationVerified, not now.
    public Task Consume(ConsumeContext<RealisationCorrected> context)
    {
        var m = context.Message;
        var (agreement, indicator) = UpstreamKeys.Of(m.AgreementKey, m.AgreementId, m.IndicatorCode, m.IndicatorId);
        return learner.LearnAsync(context, "evaluations.realisation-corrected", m.RegionCode, agreement,
            new RealisationWithdrawn(indicator, m.Period, m.EntryNumber, m.Value, m.Reason), null, context.CancellationToken);
    }
}
