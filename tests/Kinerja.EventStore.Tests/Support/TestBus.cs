using System.Collections.Concurrent;
using Kinerja.ServiceDefaults.Messaging;
using MassTransit;

namespace Kinerja.EventStore.Tests.Support;

/// <summary>A real MassTransit bus on the fixture's RabbitMQ with one consumer that records what it receives.</summary>
public sealed class TestBus : IAsyncDisposable
{
    private TestBus(IBusControl bus) => Bus = bus;

    public IBusControl Bus { get; }
    public ConcurrentQueue<(Guid MessageId, AgreementSignedMessage Message)> Received { get; } = new();

    public static async Task<TestBus> StartAsync(InfrastructureFixture infrastructure)
    {
        var broker = RabbitMqAddress.Parse(infrastructure.RabbitMqConnectionString);
        TestBus? created = null;
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.User);
                host.Password(broker.Password);
                host.PublisherConfirmation = true;
            });
            rabbit.ReceiveEndpoint($"event-store-tests-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                // One at a time, so the order received is the order published.
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
                endpoint.Handler<AgreementSignedMessage>(context =>
                {
                    created!.Received.Enqueue((context.MessageId!.Value, context.Message));
                    return Task.CompletedTask;
                });
            });
        });
        created = new TestBus(bus);
        await bus.StartAsync();
        return created;
    }

    public async ValueTask DisposeAsync() => await Bus.StopAsync();
}
