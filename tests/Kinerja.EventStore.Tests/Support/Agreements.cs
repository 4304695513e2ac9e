using MassTransit;

namespace Kinerja.EventStore.Tests.Support;

// A small slice of the agreements domain, enough to exercise the store.
public sealed record AgreementDrafted(string Receiver, int FiscalYear);
public sealed record TargetRevised(string Indicator, decimal Target, string Reason);
public sealed record AgreementSigned(DateTimeOffset SignedAt);

[MessageUrn("kinerja:tests:agreement-signed:v1")]
public sealed record AgreementSignedMessage(string AgreementId, Guid Marker);

public sealed record Agreement(string Receiver, decimal Target, int Revisions, bool Signed)
{
    public static readonly Agreement None = new("", 0, 0, false);

    public static Agreement Apply(Agreement state, object @event) => @event switch
    {
        AgreementDrafted drafted => state with { Receiver = drafted.Receiver },
        TargetRevised revised => state with { Target = revised.Target, Revisions = state.Revisions + 1 },
        AgreementSigned => state with { Signed = true },
        _ => state,
    };
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}
