namespace Kinerja.EventStore;

/// <summary>Everything a service tells its store: names of its events and messages, projections, clock, tuning.</summary>
public sealed class EventStoreOptions
{
    public string ConnectionString { get; set; } = "";
    public EventTypeRegistry Events { get; } = new();
    public MessageTypeRegistry Messages { get; } = new();
    public List<IInlineProjection> InlineProjections { get; } = [];
    public List<IAsyncProjection> AsyncProjections { get; } = [];
    public JsonSerializerOptions Json { get; set; } = new(JsonSerializerDefaults.Web);
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>How often idle projection runners and the relay look for work that no signal announced.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Events per async projection transaction.</summary>
    public int ProjectionBatchSize { get; set; } = 1000;
    /// <summary>How often a leader proves its advisory-lock session is still alive.</summary>
    public TimeSpan LeaseRenewal { get; set; } = TimeSpan.FromSeconds(2);
    public int OutboxBatchSize { get; set; } = 1000;
    /// <summary>Publishes of one ordering key the relay keeps unconfirmed at a time (ADR 0043); 1 waits for each confirm.</summary>
    public int OutboxKeyWindow { get; set; } = 32;
    /// <summary>A publish not confirmed by the broker within this time counts as failed and is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Whether <c>AddKinerjaEventStore</c> runs the outbox relay (needs MassTransit's <c>IBus</c>).</summary>
    public bool RunOutboxRelay { get; set; } = true;
    /// <summary>Identifies this process as a leader in <c>projection_progress.owner</c>.</summary>
    public string InstanceName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
}
