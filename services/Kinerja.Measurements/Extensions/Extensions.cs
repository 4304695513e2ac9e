using System.Text.Json.Serialization;
using Kinerja.EventStore;
using Kinerja.EventStore.Outbox;
using Kinerja.Measurements.BulkEntry;
using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.Correcting;
using Kinerja.Measurements.Demo;
using Kinerja.Measurements.GettingEntryGrid;
using Kinerja.Measurements.GettingMeasurementPlan;
using Kinerja.Measurements.GettingRealisationHistory;
using Kinerja.Measurements.GettingVerificationQueue;
using Kinerja.Measurements.Monitoring;
using Kinerja.Measurements.Recording;
using Kinerja.Measurements.ReopeningPeriod;
using Kinerja.Measurements.Returning;
using Kinerja.Measurements.Reviewing;
using Kinerja.Measurements.Storage;
using Kinerja.Measurements.UploadingEvidence;
using Kinerja.Measurements.Verifying;
using Kinerja.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Wire = Kinerja.Contracts.Measurements;

namespace Kinerja.Measurements.Extensions;

/// <summary>The service's composition root.</summary>
internal static class Extensions
{
    public const string DatabaseName = "measurements";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(DatabaseName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{DatabaseName} is not set.");
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        // Registered first: hosted services start in order, and the projections write to these tables.
        services.AddHostedService<ReadModelSchema>();
        services.AddKinerjaEventStore(connectionString, store =>
        {
            store.Json = MeasurementJson.Options;
            foreach (var (type, name) in MeasurementEventTypes.All)
            {
                store.Events.Register(type, name);
            }
            store.Messages
                .Register<Wire.RealisationVerified>()
                .Register<Wire.RealisationCorrected>()
                .Register<Wire.RealisationReviewed>()
                .Register<Wire.PeriodClosed>()
                .Register<Wire.PeriodReopened>();
            store.InlineProjections.Add(new PlansProjection());
            store.InlineProjections.Add(new RealisationsProjection());
            store.InlineProjections.Add(new ClosedPeriodGate());
        });
        services.AddSingleton<ReadModels>();
        services.AddSingleton<EvidenceFiles>();
        services.AddSingleton<MeasurementWriter>();
        services.AddSingleton<RealisationHandler>();
        services.AddHostedService<DemoSeeding>();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // The queue is named for this service: another service's consumer of the same events must get its own copy.
        builder.AddKinerjaMessaging(bus => bus.AddConsumer<AgreementEventsConsumer>()
            .Endpoint(endpoint => endpoint.Name = "measurements-agreement-events"));
    }

    public static IEndpointRouteBuilder MapMeasurementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/measurements").RequireAuthorization().WithTags("Measurements");
        api.MapMeasurementPlan();
        api.MapEntryGrid();
        api.MapRealisationHistory();
        api.MapRecordRealisation();
        api.MapCorrectRealisation();
        api.MapVerifyRealisation();
        api.MapReturnRealisation();
        api.MapReviewRealisation();
        api.MapVerificationQueue();
        api.MapEvidence();
        api.MapRecordRealisationSheet();
        api.MapClosedPeriods();
        api.MapClosePeriod();
        api.MapReopenPeriod();
        api.MapWhoIsLate();
        return app;
    }
}
