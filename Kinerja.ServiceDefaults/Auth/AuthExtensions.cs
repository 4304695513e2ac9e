using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;

namespace Kinerja.ServiceDefaults.Auth;

public static class AuthExtensions
{
    public static IHostApplicationBuilder AddKinerjaAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddSingleton(options);
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Authority = options.Authority;
                jwt.RequireHttpsMetadata = options.Authority?.StartsWith("https", StringComparison.Ordinal) ?? false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    NameClaimType = KinerjaClaims.Name,
                    RoleClaimType = KinerjaClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    IssuerSigningKey = options.SigningKey is { Length: > 0 } key ? SigningKey(key) : null,
                    ValidateIssuerSigningKey = true,
                };
                jwt.Events = AuthProblems.Events;
            });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>The development key: at least 32 bytes of UTF-8 text.</summary>
    public static SymmetricSecurityKey SigningKey(string key) => new(Encoding.UTF8.GetBytes(key)) { KeyId = "kinerja-local" };

    /// <summary><c>GET /api/me</c>: who the token says the caller is — roles and regions.</summary>
    public static IEndpointRouteBuilder MapCallerEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/me", (HttpContext http) =>
        {
            var caller = Caller.From(http.User);
            return TypedResults.Ok(new { caller.Subject, caller.Name, caller.Roles, caller.Regions, caller.Units, caller.Nip });
        }).WithName("GetCaller").WithSummary("The signed-in caller as the token describes them.");
        return endpoints;
    }
}
