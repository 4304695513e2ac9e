using MassTransit;
using Kinerja.Evaluations.Configuring;
using Kinerja.Evaluations.Evaluating;
using Kinerja.Evaluations.Feed;
using Kinerja.Evaluations.Learning;
using Kinerja.Evaluations.Messaging;
using Kinerja.Evaluations.Querying;
using Kinerja.EventStore.Outbox;
using Kinerja.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

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
        // The standing-evaluations table is created first, before the projection daemon or a query can touch it.
        var standing = new StandingEvaluations(NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton(standing);
        builder.Services.AddHostedService(_ => standing);
        // The agreement snapshots' table likewise (ADR 0047).
        builder.Services.AddSingleton(provider => new AgreementSnapshots(NpgsqlDataSource.Create(connectionString),
            provider.GetRequiredService<ILogger<AgreementSnapshots>>()));
        builder.Services.AddHostedService(provider => provider.GetRequiredService<AgreementSnapshots>());
        // The store (and its schema migration, then the seed) is registered before the bus: hosted services start in
        // order, so no consumer runs before the schema and the national defaults exist.
        builder.Services.AddKinerjaEventStore(connectionString, store =>
        {
            EvaluationEventTypes.Register(store);
            store.AsyncProjections.Add(standing);
        });
        builder.Services.AddHostedService<NationalDefaultsSeeding>();
        builder.Services.AddSingleton<Learner>();
        builder.Services.AddSingleton<RegionEvaluation>();
        builder.AddKinerjaMessaging(bus =>
        {
            // Everything that writes one agreement's file goes through the shared per-agreement partitioner (ADR 0025).
            var partitions = new KeyedPartitions();
            partitions.Add<AgreementSignedConsumer, AgreementSigned>(bus, m => m.AgreementId);
            partitions.Add<AgreementRevisionApprovedConsumer, AgreementRevisionApproved>(bus, m => m.AgreementId);
            partitions.Add<AgreementClosedConsumer, AgreementClosed>(bus, m => m.AgreementId);
            partitions.Add<AgreementWithdrawnConsumer, AgreementWithdrawn>(bus, m => m.AgreementId);
            partitions.Add<OfficialChangedConsumer, OfficialChanged>(bus, m => m.AgreementId);
            partitions.Add<RealisationVerifiedConsumer, RealisationVerified>(bus, AgreementPartitions.Of);
            partitions.Add<RealisationCorrectedConsumer, RealisationCorrected>(bus, AgreementPartitions.Of);
            // A period's close touches every agreement of the region, each in its own transaction (ADR 0048).
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
