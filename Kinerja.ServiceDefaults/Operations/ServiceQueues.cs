using System.Collections.Concurrent;
using MassTransit;

namespace Kinerja.ServiceDefaults.Operations;

/// <summary>
/// The queues this service consumes from, as MassTransit reports its receive endpoints ready (the bus's own
/// temporary reply queue left out). Their <c>_error</c> queues are the ones <c>/ops</c> counts, shows and re-drives.
/// </summary>
public sealed class ServiceQueues : IReceiveEndpointObserver
{
    public const string ErrorSuffix = "_error";

    private readonly ConcurrentDictionary<string, byte> _names = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names => _names.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The consuming queue an error queue belongs to, if it is one of this service's.</summary>
    public string? OriginOf(string errorQueue) =>
        errorQueue.EndsWith(ErrorSuffix, StringComparison.Ordinal) && _names.ContainsKey(errorQueue[..^ErrorSuffix.Length])
            ? errorQueue[..^ErrorSuffix.Length]
            : null;

    public Task Ready(ReceiveEndpointReady ready)
    {
        var address = ready.InputAddress;
        var name = address.AbsolutePath.TrimEnd('/').Split('/')[^1];
        if (!address.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase) && !name.Contains("_bus_", StringComparison.Ordinal))
        {
            _names.TryAdd(name, 0);
        }
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;
    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
