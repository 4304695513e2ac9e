using Kinerja.Web.Components.Pages.Agreements;

namespace Kinerja.Web.Printing;

/// <summary>What a printed agreement needs: the agreement and its region's name (from the service's region list).</summary>
internal sealed record PrintedAgreement(AgreementDto? Agreement, string RegionName, ServiceProblem? Problem)
{
    public static async Task<PrintedAgreement> LoadAsync(AgreementsApi api, string id, CancellationToken cancellationToken)
    {
        var found = await api.GetAsync(id, cancellationToken);
        if (!found.Ok)
        {
            return new PrintedAgreement(null, "", found.Problem);
        }
        var agreement = found.Value!.Agreement;
        var regions = await api.RegionsAsync(cancellationToken);
        var name = regions.Value?.FirstOrDefault(r => r.Code == agreement.Region)?.Name ?? agreement.Region;
        return new PrintedAgreement(agreement, name, null);
    }
}
