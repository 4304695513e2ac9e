using MassTransit;
using Kinerja.Evaluations.Configuring;
using Kinerja.Evaluations.Evaluating;
using Kinerja.Evaluations.Feed;
using Kinerja.Evaluations.Learning;
using Kinerja.Evaluations.Querying;
using Kinerja.EventStore.Outbox;
using Kinerja.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kinerja.Evaluations.Extensions;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>The service's composition root.</summary>
internal static class Extensions
{
    public const string DatabaseName = "evaluations";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(DatabaseName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{DatabaseName} is not set.");
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The store (and its schema migration, then the seed) is registered before the bus: hosted services start in
        // order, so no consumer runs before the schema and the national defaults exist.
        builder.Services.AddKinerjaEventStore(connectionString, store =>
        {
            EvaluationEventTypes.Register(store);
        });
        builder.Services.AddHostedService<NationalDefaultsSeeding>();
        builder.Services.AddSingleton<Learner>();
        builder.Services.AddSingleton<RegionEvaluation>();
        builder.AddKinerjaMessaging(bus =>
        {
            bus.AddConsumer<AgreementSignedConsumer>();
            bus.AddConsumer<AgreementRevisionApprovedConsumer>();
            bus.AddConsumer<AgreementClosedConsumer>();
            bus.AddConsumer<AgreementWithdrawnConsumer>();
            bus.AddConsumer<OfficialChangedConsumer>();
            bus.AddConsumer<RealisationVerifiedConsumer>();
            bus.AddConsumer<RealisationCorrectedConsumer>();
            bus.AddConsumer<PeriodClosedConsumer>();
            bus.AddConsumer<PeriodReopenedConsumer>();
        });
    }

    public static IEndpointRouteBuilder MapEvaluationsApi(this IEndpointRouteBuilder app)
    {
        app.MapConfiguration();
        app.MapEvaluating();
        app.MapQueries();
        app.MapOverviews();
        app.MapFeed();
        return app;
    }
}
