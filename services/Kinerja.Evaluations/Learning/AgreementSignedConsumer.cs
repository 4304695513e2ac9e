using MassTransit;

namespace Kinerja.Evaluations.Learning;

/// <summary>Learns the terms of a newly signed agreement. Idempotent through the inbox.</summary>
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
