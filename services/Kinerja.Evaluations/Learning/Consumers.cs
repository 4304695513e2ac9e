using MassTransit;
using System.Globalization;
using Kinerja.Evaluations.Evaluating;

namespace Kinerja.Evaluations.Learning;

// One consumer per upstream contract; each names its inbox key, so a redelivery of the same message id is ignored.

internal sealed class AgreementSignedConsumer(Learner learner) : IConsumer<AgreementSigned>
{
    public Task Consume(ConsumeContext<AgreementSigned> context)
    {
        var m = context.Message;
        return learner.LearnAsync(context, "evaluations.agreement-signed", m.RegionCode, m.AgreementId,
            new AgreementTermsLearned(m.AgreementId, m.RegionCode, m.FiscalYear, m.Version, m.UnitId, m.UnitName, m.Receiver, m.EffectiveFrom, m.Objectives, "Signed"),
            null, context.CancellationToken);
    }
}

internal sealed class AgreementRevisionApprovedConsumer(Learner learner) : IConsumer<AgreementRevisionApproved>
{
    public Task Consume(ConsumeContext<AgreementRevisionApproved> context)
    {
        var m = context.Message;
        return learner.LearnAsync(context, "evaluations.agreement-revision-approved", m.RegionCode, m.AgreementId,
            new AgreementTermsLearned(m.AgreementId, m.RegionCode, m.FiscalYear, m.NewVersion, m.UnitId, m.UnitName, m.Receiver, m.EffectiveFrom, m.Objectives, "RevisionApproved"),
            $"TargetRevised: version {m.NewVersion} approved ({m.Reason}, {m.LegalBasis.DecreeNumber})", context.CancellationToken);
    }
}

internal sealed class AgreementClosedConsumer(Learner learner) : IConsumer<AgreementClosed>
{
    public Task Consume(ConsumeContext<AgreementClosed> context)
    {
        var m = context.Message;
        return learner.LearnAsync(context, "evaluations.agreement-closed", m.RegionCode, m.AgreementId,
            new AgreementEnded(m.AgreementId, m.Version, m.Reason, Withdrawn: false, m.ClosedAt), null, context.CancellationToken);
    }
}

internal sealed class AgreementWithdrawnConsumer(Learner learner) : IConsumer<AgreementWithdrawn>
{
    public Task Consume(ConsumeContext<AgreementWithdrawn> context)
    {
        var m = context.Message;
        return learner.LearnAsync(context, "evaluations.agreement-withdrawn", m.RegionCode, m.AgreementId,
            new AgreementEnded(m.AgreementId, m.Version, m.Reason, Withdrawn: true, m.WithdrawnAt), null, context.CancellationToken);
    }
}

internal sealed class OfficialChangedConsumer(Learner learner) : IConsumer<OfficialChanged>
{
    public Task Consume(ConsumeContext<OfficialChanged> context)
    {
        var m = context.Message;
        return learner.LearnAsync(context, "evaluations.official-changed", m.RegionCode, m.AgreementId,
            new ReceiverChanged(m.AgreementId, m.SuccessorAgreementId, m.Newcomer, m.HandoverDate), null, context.CancellationToken);
    }
}

internal sealed class RealisationVerifiedConsumer(Learner learner) : IConsumer<RealisationVerified>
{
    public Task Consume(ConsumeContext<RealisationVerified> context)
    {
        var m = context.Message;
        // A verification after an evaluation of its period changes that evaluation: a corrected entry (number > 1) or a late one.
        var reason = m.EntryNumber > 1
            ? string.Create(CultureInfo.InvariantCulture, $"RealisationCorrected: entry {m.EntryNumber} of {m.Period} verified by {m.VerifiedBy}")
            : $"RealisationVerified: {m.Period} verified after the evaluation by {m.VerifiedBy}";
        return learner.LearnAsync(context, "evaluations.realisation-verified", m.RegionCode, m.AgreementId.ToString(),
            new RealisationLearned(m.IndicatorId, m.Period, m.EntryNumber, m.Value, m.AgreementVersion, m.VerifiedAt), reason, context.CancellationToken);
    }
}

internal sealed class RealisationCorrectedConsumer(Learner learner) : IConsumer<RealisationCorrected>
{
    // The corrected value counts only once verified: evaluations are redone on that RealisationVerified, not now.
    public Task Consume(ConsumeContext<RealisationCorrected> context)
    {
        var m = context.Message;
        return learner.LearnAsync(context, "evaluations.realisation-corrected", m.RegionCode, m.AgreementId.ToString(),
            new RealisationWithdrawn(m.IndicatorId, m.Period, m.EntryNumber, m.Value, m.Reason), null, context.CancellationToken);
    }
}

internal sealed class PeriodClosedConsumer(Learner learner, RegionEvaluation evaluation) : IConsumer<PeriodClosed>
{
    public Task Consume(ConsumeContext<PeriodClosed> context)
    {
        var m = context.Message;
        return learner.LearnPeriodAsync(context, "evaluations.period-closed", m.RegionCode,
            new PeriodStatusLearned(m.Period, Closed: true, m.ClosedBy, null, m.ClosedAt), evaluation, context.CancellationToken);
    }
}

internal sealed class PeriodReopenedConsumer(Learner learner, RegionEvaluation evaluation) : IConsumer<PeriodReopened>
{
    public Task Consume(ConsumeContext<PeriodReopened> context)
    {
        var m = context.Message;
        return learner.LearnPeriodAsync(context, "evaluations.period-reopened", m.RegionCode,
            new PeriodStatusLearned(m.Period, Closed: false, m.ReopenedBy, m.Reason, m.ReopenedAt), evaluation, context.CancellationToken);
    }
}
