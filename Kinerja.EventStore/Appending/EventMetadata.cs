using System.Diagnostics;

namespace Kinerja.EventStore;

/// <summary>
/// Who did it, for which region and why; stored with every event of a session and covered by the hash.
/// Correlation and causation default to the current trace and span.
/// </summary>
public sealed record EventMetadata(string Tenant, string Actor, string? Reason = null, string? CorrelationId = null, string? CausationId = null)
{
    internal EventMetadata WithTrace()
    {
        var activity = Activity.Current;
        return activity is null ? this : this with
        {
            CorrelationId = CorrelationId ?? activity.TraceId.ToHexString(),
            CausationId = CausationId ?? activity.SpanId.ToHexString(),
        };
    }
}
