using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kinerja.ServiceDefaults.Auth;

/// <summary>
/// Issues tokens signed with the local development key, for demo users, the AppHost's <c>token</c>
/// command and tests. Production tokens come from the OIDC provider instead.
/// </summary>
public static class DevTokens
{
    public static string Issue(string signingKey, DemoUser user, TimeSpan? lifetime = null, DateTime? now = null,
        string issuer = AuthOptions.DefaultIssuer, string audience = AuthOptions.DefaultAudience)
    {
        var issuedAt = now ?? DateTime.UtcNow;
        var claims = new List<Claim> { new(KinerjaClaims.Subject, user.Subject), new(KinerjaClaims.Name, user.Name) };
        claims.AddRange(user.Roles.Select(role => new Claim(KinerjaClaims.Role, role)));
        claims.AddRange(user.Regions.Select(region => new Claim(KinerjaClaims.Region, region)));
        claims.AddRange(user.Units.Select(unit => new Claim(KinerjaClaims.Unit, unit)));
        if (user.Nip is not null)
        {
            claims.Add(new Claim(KinerjaClaims.Nip, user.Nip));
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt.AddMinutes(-1),
            Expires = issuedAt + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(AuthExtensions.SigningKey(signingKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}

/// <summary>A local demo user; see README "Demo users".</summary>
public sealed record DemoUser(string Subject, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Regions)
{
    public IReadOnlyList<string> Units { get; init; } = [];
    public string? Nip { get; init; }

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("operator-6402", "Operator Kutai Kartanegara", [KinerjaRoles.Operator], ["64.02"]),
        new("verifier-6402", "Verifikator Kutai Kartanegara", [KinerjaRoles.Verifier], ["64.02"]),
        new("reviewer-6402", "Inspektorat Kutai Kartanegara", [KinerjaRoles.Reviewer], ["64.02"]),
        new("operator-6471", "Operator Kota Balikpapan", [KinerjaRoles.Operator], ["64.71"]),
        new("ministry", "Operator Kementerian", [KinerjaRoles.Ministry], [KinerjaClaims.AllRegions]),
        new("auditor", "Auditor", [KinerjaRoles.Auditor], [KinerjaClaims.AllRegions]),
        new("hr", "Sistem Kepegawaian", [KinerjaRoles.HrSubscriber], [KinerjaClaims.AllRegions]),
        new("admin", "Administrator", [KinerjaRoles.Admin], [KinerjaClaims.AllRegions]),
    ];

    public static DemoUser? Find(string subject) => All.FirstOrDefault(u => u.Subject == subject);
}
