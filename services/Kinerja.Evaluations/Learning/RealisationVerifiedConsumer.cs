using System.Globalization;
using MassTransit;

namespace Kinerja.Evaluations.Learning;

/// <summary>Counts a verified realisation and re-evaluates the periods already evaluated. Idempotent through the inbox.</summary>
internal sealed class RealisationVerifiedConsumer(Learner learner) : IConsumer<RealisationVerified>
{
    public Task Consume(ConsumeContext<RealisationVerified> context)
    {
        var m = context.Message;
        // A verification after an evaluation of its period changes that evaluation: a corrected entry (number > 1) or a late one.
        var reason = m.EntryNumber > 1
            ? string.Create(CultureInfo.InvariantCulture, $"RealisationCorrected: entry {m.EntryNumber} of {m.Period} verified by {m.VerifiedBy}")
            : $"RealisationVerified: {m.Period} verified after the evaluation by {m.VerifiedBy}";
        var (agreement, indicator) = UpstreamKeys.Of(m.AgreementKey, m.AgreementId, m.IndicatorCode, m.IndicatorId);
        return learner.LearnAsync(context, "evaluations.realisation-verified", m.RegionCode, agreement,
            new RealisationLearned(indicator, m.Period, m.EntryNumber, m.Value, m.AgreementVersion, m.VerifiedAt), reason, context.CancellationToken);
    }
}
