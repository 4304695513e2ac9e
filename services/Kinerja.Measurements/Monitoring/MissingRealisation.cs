namespace Kinerja.Measurements.Monitoring;

/// <summary>Why a realisation does not count yet. There is no "zero": nothing reported is <see cref="NotReported"/>.</summary>
internal enum Lateness
{
    NotReported,
    AwaitingVerification,
    Returned,
}

/// <summary>One line of the "who is late" list: an indicator's period that does not count yet, and who owes it.</summary>
internal sealed record MissingRealisation(
    AgreementId AgreementId,
    string UnitId,
    Official Receiver,
    IndicatorId IndicatorId,
    string IndicatorCode,
    string IndicatorName,
    string ResponsibleNip,
    Period Period,
    Lateness Lateness,
    decimal? ReportedValue);

/// <summary>How far a unit is with a period: how many realisations are due, count already, or are missing and why.</summary>
internal sealed record UnitProgress(string UnitId, int Due, int Counting, int NotReported, int AwaitingVerification, int Returned);
