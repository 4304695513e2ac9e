using System.Collections.Concurrent;
using Kinerja.AppHost.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Kinerja.AppHost.Tests;

/// <summary>
/// A service exports traces, metrics and logs over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set — here to a
/// small OTLP/HTTP receiver the test runs — and its log lines carry trace ids.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class Telemetry_export(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task a_service_exports_traces_metrics_and_logs_over_otlp_when_an_endpoint_is_set()
    {
        var received = new ConcurrentDictionary<string, int>();
        await using var receiver = await StartReceiverAsync(received);
        var database = await infrastructure.CreateDatabaseAsync("otel");
        var port = FreePort.Next();
        var lines = new ConcurrentQueue<string>();
        var service = ChildProcess.Start("agreements", "dotnet",
            [Path.Combine(TestRunFolder.RepositoryRoot, "services/Kinerja.Agreements/bin/Debug/net10.0/Kinerja.Agreements.dll")],
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["ConnectionStrings__agreements"] = database,
                ["ConnectionStrings__rabbitmq"] = infrastructure.RabbitMqConnectionString,
                ["Auth__SigningKey"] = TestTokens.SigningKey,
                ["OTEL_SERVICE_NAME"] = "agreements",
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Urls.First(),
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
                ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
                ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
                ["Logging__LogLevel__Microsoft.AspNetCore.Hosting"] = "Information",
            },
            Path.Combine(TestRunFolder.RepositoryRoot, "services/Kinerja.Agreements"), (_, line) => lines.Enqueue(line));
        await using (service)
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await Eventually.Until(async () =>
            {
                try
                {
                    return (await http.GetAsync("/health")).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, up => up, TimeSpan.FromSeconds(60), "the service to start");
            await http.GetAsync("/api/me");

            await Eventually.Until(() => Task.FromResult(received.Keys.ToList()),
                paths => paths.Contains("/v1/traces") && paths.Contains("/v1/metrics") && paths.Contains("/v1/logs"),
                TimeSpan.FromSeconds(30), "traces, metrics and logs at the receiver");
            lines.ShouldContain(line => line.Contains("TraceId:", StringComparison.Ordinal) && line.Contains("/api/me", StringComparison.Ordinal));
        }
    }

    private static async Task<WebApplication> StartReceiverAsync(ConcurrentDictionary<string, int> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
        var receiver = builder.Build();
        receiver.MapPost("/v1/{signal}", (HttpContext http) =>
        {
            received.AddOrUpdate(http.Request.Path.Value!, 1, (_, n) => n + 1);
            return Results.Ok();
        });
        await receiver.StartAsync();
        return receiver;
    }
}
