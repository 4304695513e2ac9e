using Kinerja.EventStore.Outbox;
using Kinerja.EventStore.Projections;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kinerja.EventStore;

public static class EventStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="EventStore"/> for <paramref name="connectionString"/>, migrates its schema when the host
    /// starts (before anything else uses it), and runs the async projections and the outbox relay as hosted services.
    /// </summary>
    public static IServiceCollection AddKinerjaEventStore(this IServiceCollection services, string connectionString, Action<EventStoreOptions> configure)
    {
        var options = new EventStoreOptions { ConnectionString = connectionString };
        configure(options);
        services.AddSingleton(options);
        services.AddSingleton(provider =>
        {
            options.Time = provider.GetService<TimeProvider>() ?? options.Time;
            return new EventStore(options);
        });
        services.AddHostedService<SchemaMigration>();
        if (options.AsyncProjections.Count > 0)
        {
            services.AddHostedService(provider => new ProjectionDaemon(provider.GetRequiredService<EventStore>(), provider.GetService<ILogger<ProjectionDaemon>>()));
        }
        if (options.RunOutboxRelay)
        {
            services.AddHostedService(provider => new OutboxRelay(provider.GetRequiredService<EventStore>(),
                // The bus itself (a singleton): IPublishEndpoint is scoped and cannot come from the root provider.
                provider.GetRequiredService<IBus>(), provider.GetService<ILogger<OutboxRelay>>()));
        }
        return services;
    }

    private sealed class SchemaMigration(EventStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
