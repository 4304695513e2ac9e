using System.Globalization;

namespace Kinerja.Agreements;

/// <summary>
/// Gives objectives (SS-n), indicators (IK-n), programs (PG-n) and activities (KG-n) that arrive without an
/// id the next free number, counting every id the agreement ever used, so an id is never reused for
/// something else and realisations, links and diffs stay attached to the right item.
/// </summary>
internal static class ItemNumbering
{
    /// <param name="content">The content as sent; lists a JSON body left out are read as empty.</param>
    /// <param name="used">Every id the agreement used before, including items since removed.</param>
    public static AgreementContent Assign(AgreementContent content, IEnumerable<ItemId> used)
    {
        content = WithoutMissingLists(content);
        // An item sent without an id arrives with a null one: it takes no number.
        var taken = used.Concat(IdsOf(content)).Select(id => id.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        ItemId Ensure(ItemId id, string prefix)
        {
            if (!string.IsNullOrWhiteSpace(id.Value))
            {
                return id;
            }
            if (!next.TryGetValue(prefix, out var n))
            {
                n = taken.Where(u => u.StartsWith(prefix + "-", StringComparison.Ordinal))
                    .Select(u => int.TryParse(u.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 0)
                    .DefaultIfEmpty(0).Max();
            }
            next[prefix] = ++n;
            return ItemId.From($"{prefix}-{n}");
        }
        return new AgreementContent(
            content.Objectives.Select(o => o with
            {
                Id = Ensure(o.Id, "SS"),
                Indicators = o.Indicators.Select(i => i with { Id = Ensure(i.Id, "IK") }).ToList(),
            }).ToList(),
            content.Programs.Select(p => p with
            {
                Id = Ensure(p.Id, "PG"),
                Activities = p.Activities.Select(a => a with { Id = Ensure(a.Id, "KG") }).ToList(),
            }).ToList());
    }

    // Bodies deserialised from JSON carry null where a list was left out; the rules then report what is missing.
    private static AgreementContent WithoutMissingLists(AgreementContent content) => new(
        (content.Objectives ?? []).Select(o => o with { Indicators = o.Indicators ?? [] })
            .Select(o => o with { Indicators = o.Indicators.Select(i => i with { PeriodTargets = i.PeriodTargets ?? [] }).ToList() }).ToList(),
        (content.Programs ?? []).Select(p => p with { QuarterlyBudget = p.QuarterlyBudget ?? [], Activities = (p.Activities ?? []).Select(a => a with { QuarterlyBudget = a.QuarterlyBudget ?? [] }).ToList() }).ToList());

    public static IEnumerable<ItemId> IdsOf(AgreementContent content) =>
        content.Objectives.Select(o => o.Id)
            .Concat(content.Indicators.Select(i => i.Id))
            .Concat(content.Programs.Select(p => p.Id))
            .Concat(content.Programs.SelectMany(p => p.Activities).Select(a => a.Id));
}
