using MassTransit;

namespace Kinerja.Evaluations.Learning;

/// <summary>Records the receiver's replacement on the predecessor's agreement. Idempotent through the inbox.</summary>
internal sealed class OfficialChangedConsumer(Learner learner) : IConsumer<OfficialChanged>
{
    public Task Consume(ConsumeContext<OfficialChanged> context)
    {
        var m = context.Message;
        return learner.LearnAsync(context, "evaluations.official-changed", m.RegionCode, m.AgreementId,
            new ReceiverChanged(m.AgreementId, m.SuccessorAgreementId, m.Newcomer, m.HandoverDate), null, context.CancellationToken);
    }
}
