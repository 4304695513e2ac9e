using Kinerja.ServiceDefaults.Messaging;

namespace Kinerja.Evaluations.Extensions;

/// <summary>The service's composition root.</summary>
internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKinerjaMessaging();
    }

    public static IEndpointRouteBuilder MapEvaluationsApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
