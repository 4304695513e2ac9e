using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ReadModels;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Cascade;

/// <summary>A node of the tree as answered: the agreement's receiver and its indicators' annual targets, with the agreements below it.</summary>
internal sealed record TreeNodeView(string AgreementId, string Status, string PositionId, string PositionTitle, string Echelon, string ReceiverName, string UnitName,
    IReadOnlyList<TreeIndicatorView> Indicators, IReadOnlyList<TreeNodeView> Children);

internal sealed record TreeIndicatorView(string Id, string Name, string Consolidation, string? AnnualTarget, string? SupportsAgreementId, string? SupportsIndicator);

internal static class PerformanceTreeEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/regions/{region}/performance-tree/{year:int}", async (string region, int year, HttpContext http, AgreementStreams streams, AgreementQueries queries) =>
        {
            if (!Api.TryRegion(region, out var code, out var problem))
            {
                return problem!;
            }
            if (!FiscalYear.TryCreate(year, out var fiscalYear, out var yearError))
            {
                return Api.Invalid("year", yearError);
            }
            if (!Caller.From(http.User).MayRead(code.Value))
            {
                return Api.Forbidden($"Your token does not cover region {code}.");
            }
            var agreements = new List<Agreement>();
            foreach (var id in await queries.IdsAsync(code, fiscalYear, null, http.RequestAborted))
            {
                if ((await streams.LoadAgreementAsync(id, cancellationToken: http.RequestAborted)).State is { } agreement)
                {
                    agreements.Add(agreement);
                }
            }
            var tree = PerformanceTree.Build(agreements, code, fiscalYear);
            return TypedResults.Ok(new { Region = code.Value, Year = fiscalYear.Value, Roots = tree.Roots.Select(View).ToList(), tree.Warnings });
        }).WithName("GetPerformanceTree").WithTags("Cascade")
          .WithSummary("The region's performance tree for a year (head of region → units → eselon III → eselon IV) with warnings where SUM-type children do not add up to their parent.");

    private static TreeNodeView View(TreeNode node)
    {
        var a = node.Agreement;
        return new TreeNodeView(a.Id.Value, a.Status.ToString(), a.Receiver.Position.Value, a.Receiver.PositionTitle, a.Receiver.Echelon.ToString(), a.Receiver.Name, a.Receiver.UnitName,
            a.Content.Indicators.Select(i =>
            {
                var link = a.Links.FirstOrDefault(l => l.Indicator == i.Id);
                return new TreeIndicatorView(i.Id.Value, i.Name, i.Consolidation.ToString(), i.AnnualTarget.ToString(), link?.ParentAgreement.Value, link?.ParentIndicator.Value);
            }).ToList(),
            node.Children.Select(View).ToList());
    }
}
