using Kinerja.Evaluations.Evaluating;
using MassTransit;

namespace Kinerja.Evaluations.Learning;

/// <summary>Records that a period was reopened. Idempotent through the inbox.</summary>
internal sealed class PeriodReopenedConsumer(Learner learner, RegionEvaluation evaluation) : IConsumer<PeriodReopened>
{
    public Task Consume(ConsumeContext<PeriodReopened> context)
    {
        var m = context.Message;
        return learner.LearnPeriodAsync(context, "evaluations.period-reopened", m.RegionCode,
            new PeriodStatusLearned(m.Period, Closed: false, m.ReopenedBy, m.Reason, m.ReopenedAt), evaluation, context.CancellationToken);
    }
}
