using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Kinerja.ServiceDefaults.Auth;

/// <summary>401 and 403 as problem details that say what is wrong with the token, in words.</summary>
internal static class AuthProblems
{
    public static readonly JwtBearerEvents Events = new()
    {
        OnChallenge = async context =>
        {
            context.HandleResponse();
            var detail = context.AuthenticateFailure switch
            {
                SecurityTokenExpiredException => "The token has expired: sign in again.",
                SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The token's signature is not valid.",
                SecurityTokenInvalidAudienceException or SecurityTokenInvalidIssuerException => "The token was not issued for Kinerja.",
                null => "This endpoint needs a bearer token: sign in first.",
                _ => "The token is not valid.",
            };
            await WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Not signed in", detail);
        },
        OnForbidden = context => WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed",
            "Your role or region does not allow this action."),
    };

    private static async Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
