using Kinerja.ServiceDefaults.Messaging;
using MassTransit;

namespace Kinerja.AppHost.Tests;

public sealed class Queue_names
{
    private sealed class AgreementSignedConsumer : IConsumer<object>
    {
        public Task Consume(ConsumeContext<object> context) => Task.CompletedTask;
    }

    [Fact]
    public void two_services_consuming_the_same_event_get_their_own_queues()
    {
        string Queue(string service) =>
            new KebabCaseEndpointNameFormatter(MessagingExtensions.QueuePrefix(service), false).Consumer<AgreementSignedConsumer>();

        Queue("Kinerja.Measurements").ShouldBe("measurements-agreement-signed");
        Queue("Kinerja.Evaluations").ShouldBe("evaluations-agreement-signed");
        Queue("Kinerja.SanctionReward").ShouldBe("sanction-reward-agreement-signed");
    }
}
