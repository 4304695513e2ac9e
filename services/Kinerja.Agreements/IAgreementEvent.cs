namespace Kinerja.Agreements;

/// <summary>A fact in one agreement's stream, with who caused it and when.</summary>
internal interface IAgreementEvent
{
    AgreementId Agreement { get; }

    Actor By { get; }

    DateTimeOffset At { get; }
}
