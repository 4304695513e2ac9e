using System.Security.Claims;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Kinerja.Web.SigningIn;

/// <summary>
/// Local sign-in for demo users: the front end issues a development token with the same key the
/// services trust, and keeps it in the session cookie. Production hands sign-in to an OIDC provider.
/// </summary>
internal static class SignInEndpoints
{
    public const string AccessToken = "access_token";

    public static void MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/masuk", async ([FromForm] string user, [FromForm] string? kembali, HttpContext http, AuthOptions auth) =>
        {
            var demoUser = DemoUser.Find(user);
            if (demoUser is null || string.IsNullOrEmpty(auth.SigningKey))
            {
                return Results.LocalRedirect($"/masuk?galat={(demoUser is null ? "unknown" : "disabled")}");
            }
            var token = DevTokens.Issue(auth.SigningKey, demoUser);
            var claims = new List<Claim> { new(KinerjaClaims.Subject, demoUser.Subject), new(KinerjaClaims.Name, demoUser.Name) };
            claims.AddRange(demoUser.Roles.Select(r => new Claim(KinerjaClaims.Role, r)));
            claims.AddRange(demoUser.Regions.Select(r => new Claim(KinerjaClaims.Region, r)));
            var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, KinerjaClaims.Name, KinerjaClaims.Role);
            var properties = new AuthenticationProperties();
            properties.StoreTokens([new AuthenticationToken { Name = AccessToken, Value = token }]);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties);
            http.Response.Cookies.Delete(UserSession.RegionCookie);
            return Results.LocalRedirect(LanguageEndpoint.LocalPath(kembali));
        }).AllowAnonymous();

        app.MapPost("/keluar", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/masuk");
        });

        app.MapPost("/wilayah", ([FromForm] string region, [FromForm] string? kembali, HttpContext http) =>
        {
            var caller = Caller.From(http.User);
            if (!caller.CoversRegion(region))
            {
                return Results.LocalRedirect("/ditolak");
            }
            http.Response.Cookies.Append(UserSession.RegionCookie, region, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(LanguageEndpoint.LocalPath(kembali));
        });
    }
}
