using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Web.SigningIn;

/// <summary>The signed-in person and the region they are looking at (cookie <c>kinerja-region</c>).</summary>
internal sealed class UserSession(IHttpContextAccessor http)
{
    public const string RegionCookie = "kinerja-region";

    public Caller Caller { get; } = Caller.From(http.HttpContext!.User);

    public bool IsSignedIn => http.HttpContext!.User.Identity?.IsAuthenticated == true;

    /// <summary>The regions offered in the switcher: the token's own, or the known ones for national users.</summary>
    public IReadOnlyList<Region> Regions => Caller.Regions.Contains(KinerjaClaims.AllRegions)
        ? Region.Known
        : Caller.Regions.Select(code => Region.Known.FirstOrDefault(r => r.Code == code) ?? new Region(code, code)).ToList();

    public Region? CurrentRegion
    {
        get
        {
            var chosen = http.HttpContext!.Request.Cookies[RegionCookie];
            return Regions.FirstOrDefault(r => r.Code == chosen) ?? Regions.FirstOrDefault();
        }
    }
}

/// <summary>A region (Pemda) by its Kemendagri code.</summary>
internal sealed record Region(string Code, string Name)
{
    // Until the organisation registry answers the list, the demo regions are named here.
    public static readonly IReadOnlyList<Region> Known =
    [
        new("64.02", "Kabupaten Kutai Kartanegara"),
        new("64.71", "Kota Balikpapan"),
    ];
}
