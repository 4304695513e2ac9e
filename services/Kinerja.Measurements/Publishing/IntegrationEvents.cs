using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.Correcting;
using Kinerja.Measurements.ReopeningPeriod;
using Kinerja.Measurements.Reviewing;
using Kinerja.Measurements.Verifying;
using Wire = Kinerja.Contracts.Measurements;

namespace Kinerja.Measurements.Publishing;

/// <summary>
/// Which domain events leave the service and in what shape. Recording and returning stay inside: until verified a value
/// does not count, so nobody downstream needs it.
/// </summary>
internal static class IntegrationEvents
{
    /// <summary>The integration event to put in the outbox with <paramref name="e"/>, if any.</summary>
    public static object? For(IMeasurementEvent e) => e switch
    {
        RealisationVerified verified => ToContract(verified),
        RealisationCorrected corrected => ToContract(corrected),
        RealisationReviewed reviewed => ToContract(reviewed),
        PeriodClosed closed => ToContract(closed),
        PeriodReopened reopened => ToContract(reopened),
        _ => null,
    };

    public static Wire.RealisationVerified ToContract(RealisationVerified e) => new()
    {
        AgreementId = e.Key.AgreementId.Value,
        AgreementVersion = e.AgreementVersion,
        IndicatorId = e.Key.IndicatorId.Value,
        Period = e.Key.Period.ToString(),
        EntryNumber = e.EntryNumber,
        Value = e.Value,
        TargetVersion = e.TargetVersion,
        EvidenceSha256 = (e.Evidence as Evidence.File)?.Sha256,
        EvidenceUrl = (e.Evidence as Evidence.Link)?.Url.AbsoluteUri,
        VerifiedBy = e.VerifiedBy.Name,
        VerifiedByNip = e.VerifiedBy.Nip,
        VerifiedAt = e.VerifiedAt,
        RegionCode = e.Region.Value,
        UnitId = e.UnitId,
    };

    public static Wire.RealisationCorrected ToContract(RealisationCorrected e) => new()
    {
        AgreementId = e.Key.AgreementId.Value,
        AgreementVersion = e.AgreementVersion,
        IndicatorId = e.Key.IndicatorId.Value,
        Period = e.Key.Period.ToString(),
        EntryNumber = e.EntryNumber,
        PreviousValue = e.PreviousValue,
        Value = e.Submission.Value,
        Reason = e.Reason,
        TargetVersion = e.Target?.Version,
        CorrectedBy = e.CorrectedBy.Name,
        CorrectedAt = e.CorrectedAt,
        RegionCode = e.Region.Value,
        UnitId = e.UnitId,
    };

    public static Wire.RealisationReviewed ToContract(RealisationReviewed e) => new()
    {
        AgreementId = e.Key.AgreementId.Value,
        IndicatorId = e.Key.IndicatorId.Value,
        Period = e.Key.Period.ToString(),
        EntryNumber = e.EntryNumber,
        CorrectedValue = e.CorrectedValue,
        Note = e.Note,
        ReviewedBy = e.ReviewedBy.Name,
        ReviewedAt = e.ReviewedAt,
        RegionCode = e.Region.Value,
        UnitId = e.UnitId,
    };

    public static Wire.PeriodClosed ToContract(PeriodClosed e) => new()
    {
        RegionCode = e.Region.Value,
        Period = e.Period.ToString(),
        ClosedBy = e.ClosedBy.Name,
        ClosedAt = e.ClosedAt,
    };

    public static Wire.PeriodReopened ToContract(PeriodReopened e) => new()
    {
        RegionCode = e.Region.Value,
        Period = e.Period.ToString(),
        Reason = e.Reason,
        ReopenedBy = e.ReopenedBy.Name,
        ReopenedAt = e.ReopenedAt,
    };
}
