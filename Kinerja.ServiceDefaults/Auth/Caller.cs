using System.Security.Claims;

namespace Kinerja.ServiceDefaults.Auth;

/// <summary>The signed-in caller, read from the token's claims, with the region checks every endpoint needs.</summary>
public sealed record Caller(string Subject, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Regions, IReadOnlyList<string> Units, string? Nip)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(KinerjaClaims.Subject) ?? "anonymous",
        user.FindFirstValue(KinerjaClaims.Name) ?? user.FindFirstValue(KinerjaClaims.Subject) ?? "anonymous",
        user.FindAll(KinerjaClaims.Role).Select(c => c.Value).ToArray(),
        user.FindAll(KinerjaClaims.Region).Select(c => c.Value).ToArray(),
        user.FindAll(KinerjaClaims.Unit).Select(c => c.Value).ToArray(),
        user.FindFirstValue(KinerjaClaims.Nip));

    public bool IsIn(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool IsInAny(params string[] roles) => roles.Any(IsIn);

    /// <summary>The region is one the token lists, or the token lists every region.</summary>
    public bool CoversRegion(string regionCode) =>
        Regions.Contains(KinerjaClaims.AllRegions, StringComparer.Ordinal) || Regions.Contains(regionCode, StringComparer.Ordinal);

    /// <summary>An operator scoped to units may act only on those; an operator without unit claims acts on the whole region.</summary>
    public bool CoversUnit(string unitId) => Units.Count == 0 || Units.Contains(unitId, StringComparer.Ordinal);

    /// <summary>May read data of the region: anyone whose token covers it (ministry and auditors usually cover all).</summary>
    public bool MayRead(string regionCode) => CoversRegion(regionCode);

    /// <summary>May change data of the region in one of <paramref name="roles"/>; ministry, auditors and HR only read.</summary>
    public bool MayAct(string regionCode, params string[] roles) => CoversRegion(regionCode) && IsInAny(roles);
}
