using Kinerja.ServiceDefaults.Messaging;

namespace Kinerja.Measurements.Extensions;

/// <summary>The service's composition root.</summary>
internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddKinerjaMessaging();
    }

    public static IEndpointRouteBuilder MapMeasurementsApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
