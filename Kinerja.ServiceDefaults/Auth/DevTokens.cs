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
