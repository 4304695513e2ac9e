using System.Text.RegularExpressions;
using Wire = Kinerja.Contracts.Agreements;

namespace Kinerja.Measurements.LearningAgreements;

/// <summary>Maps the Agreements service's integration events to the facts the measurement plan learns from.</summary>
internal static partial class FactsFromAgreements
{
    private static readonly string[] CountUnits =
        ["orang", "dokumen", "kasus", "unit", "kegiatan", "kunjungan", "desa", "sekolah", "buah", "paket", "laporan", "kali", "jiwa", "rumah", "kk"];

    public static AgreementSignedFact Signed(Wire.AgreementSigned m) => new(
        UpstreamIds.Agreement(m.AgreementId), m.Version, RegionCode.Parse(m.RegionCode), m.UnitId ?? m.RegionCode, m.FiscalYear,
        Receiver(m.Receiver), m.Giver?.Nip, Indicators(m.AgreementId, m.FiscalYear, m.Receiver, m.Objectives), m.AgreementId);

    public static RevisionApprovedFact RevisionApproved(Wire.AgreementRevisionApproved m) => new(
        UpstreamIds.Agreement(m.AgreementId), m.NewVersion, m.Reason, Indicators(m.AgreementId, m.FiscalYear, m.Receiver, m.Objectives));

    public static AgreementClosedFact Closed(Wire.AgreementClosed m) =>
        new(UpstreamIds.Agreement(m.AgreementId), m.Version, m.ClosedOn, Withdrawn: false);

    public static AgreementClosedFact Withdrawn(Wire.AgreementWithdrawn m) =>
        new(UpstreamIds.Agreement(m.AgreementId), m.Version, DateOnly.FromDateTime(m.WithdrawnAt.UtcDateTime), Withdrawn: true);

    /// <summary>The handover, at the agreement version it happened on; null when the publisher did not say which.</summary>
    public static OfficialChangedFact? OfficialChanged(Wire.OfficialChanged m) => m.AgreementVersion is { } version
        ? new(UpstreamIds.Agreement(m.AgreementId), version, Receiver(m.Newcomer), m.HandoverDate)
        : null;

    private static Official Receiver(Wire.AgreementParty party) => new(party.Nip ?? party.OfficialId, party.Name, party.PositionTitle);

    private static IReadOnlyList<IndicatorFact> Indicators(string agreementId, int year, Wire.AgreementParty receiver, IReadOnlyList<Wire.AgreementObjective> objectives) =>
        objectives.SelectMany(o => o.Indicators).Select(i => Indicator(agreementId, year, receiver, i)).ToArray();

    private static IndicatorFact Indicator(string agreementId, int year, Wire.AgreementParty receiver, Wire.AgreementIndicator i)
    {
        var frequency = Enum.Parse<Frequency>(i.Frequency, ignoreCase: true);
        var periods = Period.AllOf(frequency, year);
        var targets = i.PeriodTargets
            .Where(t => t.Target is not null && t.Period >= 1 && t.Period <= periods.Count)
            .Select(t => new PeriodTargetFact(periods[t.Period - 1], Target(t.Target!)))
            .ToArray();
        var polarity = i.Polarity.Equals("Negative", StringComparison.OrdinalIgnoreCase) || i.AnnualTarget.IsMaximum ? Polarity.Negative : Polarity.Positive;
        return new IndicatorFact(
            UpstreamIds.Indicator(agreementId, i.Id), i.Id, i.Name, i.UnitOfMeasure, KindOf(i.UnitOfMeasure), polarity,
            Enum.Parse<Consolidation>(i.Consolidation, ignoreCase: true),
            Enum.Parse<QuarterlyTargetKind>(i.Accumulation, ignoreCase: true),
            frequency,
            // The contract names the person responsible by position; without a NIP there, the receiver answers for it.
            Nip().IsMatch(i.PersonResponsible.Trim()) ? i.PersonResponsible.Trim() : receiver.Nip ?? receiver.OfficialId,
            targets);
    }

    private static Target Target(Wire.AgreementTarget target) => target switch
    {
        { Value: { } value } => new Target.Point(value),
        { Lower: { } low, Upper: { } high } => new Target.Range(low, high),
        _ => throw new FormatException("A target without a value or a range."),
    };

    /// <summary>The kind of number a unit of measure (satuan) implies; anything unrecognised is a plain number.</summary>
    private static ValueKind KindOf(string unit)
    {
        var text = unit.Trim().ToLowerInvariant();
        if (text.Contains('%', StringComparison.Ordinal) || text.StartsWith("persen", StringComparison.Ordinal))
        {
            return ValueKind.Percent;
        }
        if (text.StartsWith("rp", StringComparison.Ordinal) || text.Contains("rupiah", StringComparison.Ordinal))
        {
            return ValueKind.Rupiah;
        }
        return CountUnits.Contains(text) ? ValueKind.Count : ValueKind.Number;
    }

    [GeneratedRegex(@"^\d{18}$", RegexOptions.CultureInvariant)]
    private static partial Regex Nip();
}
