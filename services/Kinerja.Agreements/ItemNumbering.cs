using System.Globalization;

namespace Kinerja.Agreements;

/// <summary>
/// Gives objectives (SS-n), indicators (IK-n), programs (PG-n) and activities (KG-n) that arrive without an
/// id the next free number, counting every id the agreement ever used, so an id is never reused for
/// something else and realisations, links and diffs stay attached to the right item.
/// </summary>
internal static class ItemNumbering
{
    public static AgreementContent Assign(AgreementContent content, params IEnumerable<AgreementContent> earlier)
    {
        var used = earlier.Append(content).SelectMany(AllIds).Select(id => id.Value).ToHashSet(StringComparer.Ordinal);
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        ItemId Ensure(ItemId id, string prefix)
        {
            if (!string.IsNullOrWhiteSpace(id.Value))
            {
                return id;
            }
            if (!next.TryGetValue(prefix, out var n))
            {
                n = used.Where(u => u.StartsWith(prefix + "-", StringComparison.Ordinal))
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

    private static IEnumerable<ItemId> AllIds(AgreementContent content) =>
        content.Objectives.Select(o => o.Id)
            .Concat(content.Indicators.Select(i => i.Id))
            .Concat(content.Programs.Select(p => p.Id))
            .Concat(content.Programs.SelectMany(p => p.Activities).Select(a => a.Id));
}
