using MassTransit;

namespace Kinerja.Evaluations.Learning;

/// <summary>Records that the agreement closed (year end or change of official). Idempotent through the inbox.</summary>
internal sealed class AgreementClosedConsumer(Learner learner) : IConsumer<AgreementClosed>
{
    public Task Consume(ConsumeContext<AgreementClosed> context)
    {
        var m = context.Message;
        return learner.LearnAsync(context, "evaluations.agreement-closed", m.RegionCode, m.AgreementId,
            new AgreementEnded(m.AgreementId, m.Version, m.Reason, Withdrawn: false, m.ClosedAt), null, context.CancellationToken);
    }
}
