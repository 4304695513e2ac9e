using Microsoft.AspNetCore.Authentication;

namespace Kinerja.Web.SigningIn;

/// <summary>Calls the services as the signed-in person: their token rides along as a bearer token.</summary>
internal sealed class BearerTokenHandler(IHttpContextAccessor http) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (http.HttpContext is { } context && await context.GetTokenAsync(SignInEndpoints.AccessToken) is { } token)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
