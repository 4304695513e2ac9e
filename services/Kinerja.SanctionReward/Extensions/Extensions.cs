using System.Text;
using Kinerja.Contracts.Evaluations;
using Kinerja.Contracts.SanctionReward;
using Kinerja.EventStore;
using Kinerja.SanctionReward.Appealing;
using Kinerja.SanctionReward.Approving;
using Kinerja.SanctionReward.Decisions;
using Kinerja.SanctionReward.Demo;
using Kinerja.SanctionReward.PolicyStore;
using Kinerja.SanctionReward.Querying;
using Kinerja.SanctionReward.Receiving;
using Kinerja.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Middleware;
using Npgsql;

namespace Kinerja.SanctionReward.Extensions;

/// <summary>The service's composition root.</summary>
internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("sanctionreward")
            ?? throw new InvalidOperationException("ConnectionStrings:sanctionreward is not set.");
        builder.Services.TryAddTimeProvider();
        var readModels = new ReadModels(NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton(readModels);
        builder.Services.AddKinerjaEventStore(connectionString, store =>
        {
            foreach (var (type, name) in DecisionEventTypes.All.Concat(ReceiverHistory.EventTypes))
            {
                store.Events.Register(type, name);
            }
            store.Events.Register<PolicySaved>("policy.saved.v1");
            store.Messages.Register<DecisionApproved>().Register<DecisionRevoked>().Register<AppealDecided>();
            store.InlineProjections.Add(readModels);
        });
        // After the store's schema, before the bus delivers the first evaluation: read tables and shipped policies.
        builder.Services.AddHostedService<ShippedPolicySeeding>();
        builder.Services.AddHostedService<DemoApprovals>();
        // Evaluations of one official are handled one at a time, in the order they arrive (ADR 0025): they all write the
        // official's receiver stream, and a later quarter is decided on the earlier ones.
        var partitioner = new Partitioner(8, new Murmur3UnsafeHashGenerator());
        builder.AddKinerjaMessaging(bus => bus.AddConsumer<AgreementEvaluatedConsumer>((_, consumer) =>
            consumer.Message<AgreementEvaluated>(m => m.UsePartitioner(partitioner, c => c.Message.Receiver.Nip ?? c.Message.AgreementId, Encoding.UTF8))));
    }

    public static IEndpointRouteBuilder MapSanctionRewardApi(this IEndpointRouteBuilder app)
    {
        app.MapPolicies();
        app.MapQuerying();
        app.MapApproving();
        app.MapAppealing();
        return app;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
