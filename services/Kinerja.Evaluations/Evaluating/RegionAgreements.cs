using Kinerja.Evaluations.Learning;

namespace Kinerja.Evaluations.Evaluating;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>The agreements this service has learned for a region and year, found in the global order by type.</summary>
internal static class RegionAgreements
{
    public static async Task<IReadOnlyList<string>> OfAsync(EventStore store, string regionCode, int year, CancellationToken cancellationToken)
    {
        var filter = new EventFilter(regionCode, [EvaluationEventTypes.TermsLearned]);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var after = EventPosition.Start;
        while (true)
        {
            var page = await store.ReadAllAsync(filter, after, 1000, cancellationToken);
            foreach (var terms in page.Events.Select(e => e.Data).OfType<AgreementTermsLearned>().Where(t => t.FiscalYear == year))
            {
                found.Add(terms.AgreementId);
            }
            if (page.Events.Count == 0)
            {
                return found.ToList();
            }
            after = page.Next;
        }
    }
}
