namespace Kinerja.Web.Components.Pages.Realisations;

/// <summary>One row of the Agreements service's list (<c>GET /api/agreements</c>).</summary>
internal sealed record AgreementRow(string Id, string Region, string? Unit, string UnitName, int Year, string Status,
    string ReceiverPositionId, string ReceiverPosition, string ReceiverName, string? ReceiverNip, int AgreementVersion, long Version, bool SignedLate);

/// <summary>A unit of a region that has agreements to report on.</summary>
public sealed record ReportingUnit(string Id, string Name);

internal static class AgreementRows
{
    public static Task<ServiceAnswer<AgreementRow[]>> ListAsync(IHttpClientFactory clients, string region, int year, CancellationToken ct) =>
        ServiceCalls.GetAsync<AgreementRow[]>(clients.CreateClient("agreements"), $"/api/agreements?region={region}&year={year}", ct);

    /// <summary>The units with an agreement in force (or closed after being in force) in the year: those that report realisations.</summary>
    public static IReadOnlyList<ReportingUnit> ReportingUnits(IEnumerable<AgreementRow> rows) => rows
        .Where(r => r.Unit is not null && r.Status is "InForce" or "Closed")
        .GroupBy(r => r.Unit!, StringComparer.Ordinal)
        .Select(g => new ReportingUnit(g.Key, g.First().UnitName))
        .OrderBy(u => u.Name, StringComparer.CurrentCulture)
        .ToList();
}
