using MassTransit;

namespace Kinerja.Evaluations.Learning;

/// <summary>Records the withdrawal: the agreement is no longer evaluated. Idempotent through the inbox.</summary>
internal sealed class AgreementWithdrawnConsumer(Learner learner) : IConsumer<AgreementWithdrawn>
{
    public Task Consume(ConsumeContext<AgreementWithdrawn> context)
    {
        var m = context.Message;
        return learner.LearnAsync(context, "evaluations.agreement-withdrawn", m.RegionCode, m.AgreementId,
            new AgreementEnded(m.AgreementId, m.Version, m.Reason, Withdrawn: true, m.WithdrawnAt), null, context.CancellationToken);
    }
}
