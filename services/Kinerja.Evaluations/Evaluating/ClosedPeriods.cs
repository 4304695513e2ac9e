using Kinerja.Evaluations.Learning;

namespace Kinerja.Evaluations.Evaluating;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>The periods of a region that are closed now (closed and not reopened since), from its <c>periods-{region}</c> stream.</summary>
internal static class ClosedPeriods
{
    public static string StreamId(string regionCode) => $"periods-{regionCode}";

    public static async Task<IReadOnlyList<ReportingPeriod>> OfAsync(EventStore store, string regionCode, int year, CancellationToken cancellationToken)
    {
        var folded = await store.AggregateStreamAsync(StreamId(regionCode), new Dictionary<string, bool>(StringComparer.Ordinal), (closed, @event) =>
        {
            if (@event is PeriodStatusLearned status)
            {
                closed[EvaluationPeriods.Normalise(status.Period)] = status.Closed;
            }
            return closed;
        }, cancellationToken: cancellationToken);
        return (folded?.State ?? [])
            .Where(p => p.Value)
            .Select(p => EvaluationPeriods.TryParse(p.Key, out var period) ? period : (ReportingPeriod?)null)
            .OfType<ReportingPeriod>()
            .Where(p => p.Year == year)
            .OrderBy(p => p.EndMonth).ThenBy(p => p.Frequency)
            .ToList();
    }
}
