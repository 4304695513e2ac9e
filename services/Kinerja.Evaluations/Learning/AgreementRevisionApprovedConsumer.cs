using MassTransit;

namespace Kinerja.Evaluations.Learning;

/// <summary>Learns the revised terms and re-evaluates every period already evaluated. Idempotent through the inbox.</summary>
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
