namespace Kinerja.Web.Localization;

internal static class LanguageEndpoint
{
    /// <summary><c>GET /bahasa/{id|en}?kembali=/path</c>: remembers the language and returns to the page.</summary>
    public static void MapLanguageEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/bahasa/{language}", (string language, string? kembali, HttpContext http) =>
        {
            http.Response.Cookies.Append(Texts.Cookie, language == "en" ? "en" : "id",
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(LocalPath(kembali));
        }).AllowAnonymous();

    public static string LocalPath(string? path) =>
        path is { Length: > 0 } && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) ? path : "/";
}
