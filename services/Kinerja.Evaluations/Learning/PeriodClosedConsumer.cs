using Kinerja.Evaluations.Evaluating;
using MassTransit;

namespace Kinerja.Evaluations.Learning;

/// <summary>Evaluates every agreement of the region when a period closes. Idempotent through the inbox.</summary>
internal sealed class PeriodClosedConsumer(Learner learner, RegionEvaluation evaluation) : IConsumer<PeriodClosed>
{
    public Task Consume(ConsumeContext<PeriodClosed> context)
    {
        var m = context.Message;
        return learner.LearnPeriodAsync(context, "evaluations.period-closed", m.RegionCode,
            new PeriodStatusLearned(m.Period, Closed: true, m.ClosedBy, null, m.ClosedAt), evaluation, context.CancellationToken);
    }
}
