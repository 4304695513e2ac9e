using System.Globalization;
using Kinerja.Agreements.Organisation;

namespace Kinerja.Agreements.Cascade;

/// <summary>An agreement in the tree with the agreements of those who report to its receiver.</summary>
internal sealed record TreeNode(Agreement Agreement, IReadOnlyList<TreeNode> Children);

/// <summary>A SUM-type indicator whose supporting children's annual targets do not add up to its own.</summary>
internal sealed record CascadeWarning(AgreementId Agreement, ItemId Indicator, decimal Target, decimal ChildrenTotal, IReadOnlyList<SupportingIndicator> Children, string Message);

/// <summary>A child indicator supporting a parent indicator, with its annual target.</summary>
internal sealed record SupportingIndicator(AgreementId Agreement, ItemId Indicator, decimal Target);

/// <summary>
/// The performance tree (pohon kinerja) of a region and year: head of region → unit heads → eselon III →
/// eselon IV, following who is whose giver, with warnings where additive children do not add up to
/// their parent. Withdrawn agreements and those closed by a handover (their successor carries on) are left out.
/// </summary>
internal sealed record PerformanceTree(RegionCode Region, FiscalYear Year, IReadOnlyList<TreeNode> Roots, IReadOnlyList<CascadeWarning> Warnings)
{
    public static PerformanceTree Build(IEnumerable<Agreement> agreements, RegionCode region, FiscalYear year)
    {
        var current = agreements
            .Where(a => a.Region == region && a.Year == year && a.Status != AgreementStatus.Withdrawn && a.ClosingReason != ClosingReason.ChangeOfOfficial)
            .ToList();
        var byReceiver = current.ToLookup(a => a.Receiver.Position);
        var roots = current.Where(a => a.Giver is null || !byReceiver.Contains(a.Giver.Position)).ToList();
        var seen = new HashSet<AgreementId>();
        return new PerformanceTree(region, year, Ordered(roots).Select(r => Node(r, byReceiver, seen)).ToList(), FindWarnings(current));
    }

    public IEnumerable<TreeNode> All() => Roots.SelectMany(Flatten);

    private static IEnumerable<TreeNode> Flatten(TreeNode node) => node.Children.SelectMany(Flatten).Prepend(node);

    private static TreeNode Node(Agreement agreement, ILookup<PositionId, Agreement> byReceiver, HashSet<AgreementId> seen)
    {
        seen.Add(agreement.Id);
        var children = byReceiver
            .Where(g => g.Any(a => a.Giver?.Position == agreement.Receiver.Position))
            .SelectMany(g => g)
            .Where(a => a.Giver?.Position == agreement.Receiver.Position && !seen.Contains(a.Id));
        return new TreeNode(agreement, Ordered(children).ToList().Select(c => Node(c, byReceiver, seen)).ToList());
    }

    private static IEnumerable<Agreement> Ordered(IEnumerable<Agreement> agreements) =>
        agreements.OrderBy(a => a.Receiver.Echelon).ThenBy(a => a.Receiver.UnitName, StringComparer.Ordinal).ThenBy(a => a.Receiver.PositionTitle, StringComparer.Ordinal);

    private static List<CascadeWarning> FindWarnings(List<Agreement> agreements)
    {
        var warnings = new List<CascadeWarning>();
        var byId = agreements.ToDictionary(a => a.Id);
        var linksByParent = agreements
            .SelectMany(a => a.Links.Select(l => (Child: a, Link: l)))
            .ToLookup(x => (x.Link.ParentAgreement, x.Link.ParentIndicator));
        foreach (var group in linksByParent)
        {
            if (!byId.TryGetValue(group.Key.ParentAgreement, out var parent) ||
                parent.Content.FindIndicator(group.Key.ParentIndicator) is not { Consolidation: Consolidation.Sum, AnnualTarget.Value: { } target } indicator)
            {
                continue;
            }
            var targets = group.Select(x => (x.Child, x.Link, Target: x.Child.Content.FindIndicator(x.Link.Indicator)?.AnnualTarget.Value)).ToList();
            if (targets.Any(c => c.Target is null))
            {
                continue;
            }
            var total = targets.Sum(c => c.Target!.Value);
            if (total != target)
            {
                warnings.Add(new CascadeWarning(parent.Id, indicator.Id, target, total, targets.Select(c => new SupportingIndicator(c.Child.Id, c.Link.Indicator, c.Target!.Value)).ToList(),
                    string.Create(CultureInfo.InvariantCulture, $"The targets supporting '{indicator.Name}' of {parent.Receiver.PositionTitle} add up to {total:0.####} {indicator.UnitOfMeasure}; its target is {target:0.####}.")));
            }
        }
        return warnings;
    }
}
