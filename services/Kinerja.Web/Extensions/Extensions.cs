using Kinerja.Web.Components;
using Kinerja.Web.Components.Pages.Realisations;
using Kinerja.Web.Localization;
using Kinerja.Web.Printing;
using Kinerja.Web.SigningIn;
using Kinerja.Web.Status;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kinerja.Web.Extensions;

/// <summary>The front end's composition root.</summary>
internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddCascadingAuthenticationState();
        // People sign in with a cookie; the cookie carries the bearer token the services expect.
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.LoginPath = "/masuk";
                options.LogoutPath = "/keluar";
                options.AccessDeniedPath = "/ditolak";
                options.Cookie.Name = "kinerja-session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        builder.Services.AddScoped<Texts>();
        builder.Services.AddScoped<UserSession>();
        builder.Services.AddTransient<BearerTokenHandler>();
        foreach (var service in ServiceEndpoints.Names)
        {
            builder.Services.AddHttpClient(service, client => client.BaseAddress = ServiceEndpoints.Resolve(builder.Configuration, service))
                .AddHttpMessageHandler<BearerTokenHandler>();
        }
        builder.Services.AddScoped<SystemStatusReader>();
        builder.AddAgreementPages();
    }

    public static WebApplication MapWebApp(this WebApplication app)
    {
        // Users see words, never a stack trace or a blank page: an exception or an empty error answer is shown by the
        // error page (Components/Pages/Error.razor), also in Development, where the launcher runs the services.
        app.UseExceptionHandler("/galat", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/galat/{0}");
        app.UseAntiforgery();
        // A form whose antiforgery token is no longer valid (a page left open across a restart or a sign-out) would get
        // a bare English sentence from the framework: it is sent to the error page, which asks to reload the page.
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<Microsoft.AspNetCore.Antiforgery.IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                context.Response.Redirect("/galat/400");
                return;
            }
            await next(context);
        });
        app.MapStaticAssets().AllowAnonymous();
        app.MapSignInEndpoints();
        app.MapLanguageEndpoint();
        app.MapAgreementPages();
        app.MapRealisationEndpoints();
        app.MapRazorComponents<App>();
        return app;
    }
}
