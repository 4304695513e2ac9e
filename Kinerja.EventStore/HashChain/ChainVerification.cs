namespace Kinerja.EventStore;

/// <summary>The result of recomputing hash chains: intact, or the first link found broken.</summary>
public sealed record ChainVerification(long StreamsChecked, long EventsChecked, BrokenLink? FirstBrokenLink)
{
    public bool IsIntact => FirstBrokenLink is null;
}

/// <summary>Where a chain breaks and what is wrong there.</summary>
public sealed record BrokenLink(string StreamId, long Version, string Problem);
