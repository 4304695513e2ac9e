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

    /// <summary>
    /// Records a close unless this very close (same period, time and person) is already in the stream: a redelivered
    /// close, whose agreements were evaluated in their own transactions, records it once. Appended at the version read,
    /// so two deliveries at once cannot both record it.
    /// </summary>
    public static async Task RecordOnceAsync(EventStore store, EventMetadata metadata, string regionCode, PeriodStatusLearned status,
        CancellationToken cancellationToken)
    {
        var period = EvaluationPeriods.Normalise(status.Period);
        var folded = await store.AggregateStreamAsync(StreamId(regionCode), false, (seen, @event) => seen
            || (@event is PeriodStatusLearned known && known.Closed == status.Closed && known.At == status.At && known.By == status.By
                && EvaluationPeriods.Normalise(known.Period) == period), cancellationToken: cancellationToken);
        if (folded is { State: true })
        {
            return;
        }
        await using var session = store.OpenSession(metadata);
        session.Append(StreamId(regionCode), folded?.Version ?? 0, status);
        await session.SaveChangesAsync(cancellationToken);
    }
}
