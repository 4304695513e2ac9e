using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Kinerja.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry from the core SDK (the hosting and instrumentation packages are not obtainable):
/// listen to the sources and meters that ASP.NET Core, HttpClient, Npgsql and MassTransit already emit.
/// </summary>
public static class TelemetryExtensions
{
    public static readonly string[] Sources = ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "MassTransit", "Kinerja.*"];

    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics", "System.Net.Http", "System.Runtime", "Npgsql", "MassTransit", "Kinerja.*",
    ];

    public static IHostApplicationBuilder AddKinerjaTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var otlpEndpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var exportOtlp = !string.IsNullOrWhiteSpace(otlpEndpoint);
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);

        builder.Logging.Configure(options =>
            options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddSimpleConsole(options =>
        {
            options.IncludeScopes = true;
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            if (exportOtlp)
            {
                logging.AddOtlpExporter();
            }
        });

        var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(Sources);
        var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(Meters);
        if (exportOtlp)
        {
            tracing.AddOtlpExporter();
            metrics.AddOtlpExporter((OtlpExporterOptions _, MetricReaderOptions _) => { });
        }
        builder.Services.AddSingleton(new TelemetryProviders(tracing.Build(), metrics.Build()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TelemetryProviders>());
        return builder;
    }

    /// <summary>Holds the providers for the process's lifetime and flushes them on shutdown.</summary>
    internal sealed class TelemetryProviders(TracerProvider? tracer, MeterProvider? meter) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            tracer?.ForceFlush(5000);
            meter?.ForceFlush(5000);
            tracer?.Dispose();
            meter?.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>The current trace id, for problem details and event metadata.</summary>
    public static string? CurrentTraceId => Activity.Current?.TraceId.ToString();
}
