using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.Auditing;
using Kinerja.Agreements.Cascade;
using Kinerja.Agreements.ChangingOfficial;
using Kinerja.Agreements.Closing;
using Kinerja.Agreements.CopyingIndicators;
using Kinerja.Agreements.Demo;
using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.EditingDraft;
using Kinerja.Agreements.GettingRecentRevisions;
using Kinerja.Agreements.Linking;
using Kinerja.Agreements.NotingRealisationVerification;
using Kinerja.Agreements.Organisation.AddingPosition;
using Kinerja.Agreements.Organisation.AddingUnit;
using Kinerja.Agreements.Organisation.ImportingOrganisation;
using Kinerja.Agreements.Organisation.PlacingOfficial;
using Kinerja.Agreements.Organisation.RecordingBudgetApproval;
using Kinerja.Agreements.Organisation.RegisteringOfficial;
using Kinerja.Agreements.Organisation.RegisteringRegion;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ProposingRevision;
using Kinerja.Agreements.Querying;
using Kinerja.Agreements.ReadModels;
using Kinerja.Agreements.RejectingRevision;
using Kinerja.Agreements.Returning;
using Kinerja.Agreements.Signing;
using Kinerja.Agreements.Submitting;
using Kinerja.Agreements.Verifying;
using Kinerja.Agreements.Withdrawing;
using Kinerja.EventStore;
using Kinerja.EventStore.Outbox;
using MassTransit;
using Kinerja.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Published = Kinerja.Contracts.Agreements;

namespace Kinerja.Agreements.Extensions;

/// <summary>The service's composition root.</summary>
internal static class Extensions
{
    public const string DatabaseName = "agreements";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(DatabaseName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{DatabaseName} is not set.");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddKinerjaEventStore(connectionString, store =>
        {
            foreach (var (type, name) in AgreementEventTypes.All)
            {
                store.Events.Register(type, name);
            }
            store.Messages.Register<Published.AgreementSigned>()
                .Register<Published.AgreementRevisionApproved>()
                .Register<Published.AgreementClosed>()
                .Register<Published.AgreementWithdrawn>()
                .Register<Published.OfficialChanged>();
            store.InlineProjections.Add(new AgreementListProjection());
        });
        builder.AddKinerjaMessaging(bus => bus.AddRealisationVerifiedConsumer());
        builder.Services.AddSingleton<AgreementStreams>();
        builder.Services.AddSingleton<AgreementQueries>();
        builder.Services.AddSingleton<DemoSeeder>();
        // After the event store's own migration (registered above): the read model's tables, then the demo seed.
        builder.Services.AddHostedService<StartUp>();
    }

    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder app)
    {
        RegisterRegionEndpoint.Map(app);
        AddUnitEndpoint.Map(app);
        AddPositionEndpoint.Map(app);
        RegisterOfficialEndpoint.Map(app);
        PlaceOfficialEndpoint.Map(app);
        RecordBudgetApprovalEndpoint.Map(app);
        ImportOrganisationEndpoint.Map(app);
        DraftAgreementEndpoint.Map(app);
        EditDraftEndpoint.Map(app);
        CopyIndicatorsEndpoint.Map(app);
        SubmitAgreementEndpoint.Map(app);
        ReturnAgreementEndpoint.Map(app);
        VerifyAgreementEndpoint.Map(app);
        SignAgreementEndpoint.Map(app);
        ProposeRevisionEndpoint.Map(app);
        ApproveRevisionEndpoint.Map(app);
        RejectRevisionEndpoint.Map(app);
        ChangeOfficialEndpoint.Map(app);
        CloseAgreementEndpoint.Map(app);
        WithdrawAgreementEndpoint.Map(app);
        LinkIndicatorEndpoint.Map(app);
        PerformanceTreeEndpoint.Map(app);
        QueryAgreementsEndpoint.Map(app);
        RecentRevisionsEndpoint.Map(app);
        AuditEndpoints.Map(app);
        return app;
    }

    private sealed class StartUp(AgreementQueries queries, DemoSeeder seeder, IConfiguration configuration) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await queries.EnsureSchemaAsync(cancellationToken);
            if (configuration.GetValue<bool>("Demo:Seed"))
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
