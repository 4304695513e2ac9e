using Kinerja.Evaluations.Evaluating;

namespace Kinerja.Evaluations.Querying;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// The evaluations that stand (not superseded), of one region or the whole nation, read from the global order.
/// Read on every query: fine for the volumes of a region's year (hundreds of agreements); an async projection is the
/// next step when national queries grow.
/// </summary>
internal static class StandingEvaluations
{
    public static async Task<IReadOnlyList<AgreementEvaluated>> LoadAsync(EventStore store, string? regionCode, CancellationToken cancellationToken)
    {
        var filter = new EventFilter(regionCode, EvaluationEventTypes.Feed);
        var made = new Dictionary<string, AgreementEvaluated>(StringComparer.Ordinal);
        var superseded = new HashSet<string>(StringComparer.Ordinal);
        var after = EventPosition.Start;
        while (true)
        {
            var page = await store.ReadAllAsync(filter, after, 1000, cancellationToken);
            foreach (var data in page.Events.Select(e => e.Data))
            {
                switch (data)
                {
                    case EvaluationMade m:
                        made[m.Result.EvaluationId] = m.Result;
                        break;
                    case EvaluationReplaced r:
                        superseded.Add(r.Notice.EvaluationId);
                        break;
                }
            }
            if (page.Events.Count == 0)
            {
                return made.Values.Where(e => !superseded.Contains(e.EvaluationId)).ToList();
            }
            after = page.Next;
        }
    }
}
