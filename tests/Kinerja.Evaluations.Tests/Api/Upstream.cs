using Kinerja.Contracts.Agreements;
using Kinerja.Contracts.Measurements;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>
/// Upstream integration events as the Agreements and Measurements services publish them: one agreement with one
/// quarterly SUM indicator (target 100 per quarter, 400 for the year) headed by an eselon II unit head.
/// </summary>
internal sealed record Upstream(string RegionCode, Guid AgreementId, Guid ObjectiveId, Guid IndicatorId)
{
    public const int Year = 2026;

    public static Upstream In(string regionCode) => new(regionCode, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    public static readonly AgreementParty UnitHead = new("pos-kadinkes", "Kepala Dinas Kesehatan", "II", "unit-dinkes", "Dinas Kesehatan",
        "197001012000031001", "197001012000031001", "dr. Siti Rahmah, M.Kes", "Pembina Utama Muda (IV/c)", false);

    public AgreementSigned Signed() => new(
        AgreementId.ToString(), RegionCode, Year, 1, "unit-dinkes", "Dinas Kesehatan", UnitHead, null, new DateOnly(Year, 1, 1),
        Objectives(quarterTarget: 100), [], [], false, new string('a', 64), DateTimeOffset.UtcNow);

    public AgreementRevisionApproved RevisionApproved(decimal quarterTarget) => new(
        AgreementId.ToString(), RegionCode, Year, 1, 2, "ChangeOfPrioritiesOrAssumptions", new AgreementLegalBasis("821.2/045/BKD", new DateOnly(Year, 4, 2)),
        new AgreementActor("operator", "Operator"), new AgreementActor("bupati", "Bupati"), DateTimeOffset.UtcNow, [],
        "unit-dinkes", "Dinas Kesehatan", UnitHead, null, new DateOnly(Year, 1, 1), Objectives(quarterTarget), [], new string('b', 64));

    public RealisationVerified Verified(string period, decimal value, int entry = 1) => new()
    {
        AgreementId = AgreementId,
        AgreementVersion = 1,
        IndicatorId = IndicatorId,
        Period = period,
        EntryNumber = entry,
        Value = value,
        TargetVersion = 1,
        VerifiedBy = "Sekretaris Dinas",
        VerifiedAt = DateTimeOffset.UtcNow,
        RegionCode = RegionCode,
        UnitId = "unit-dinkes",
    };

    public PeriodClosed Closed(string period) => new()
    {
        RegionCode = RegionCode,
        Period = period,
        ClosedBy = "Operator Bappeda",
        ClosedAt = DateTimeOffset.UtcNow,
    };

    private List<AgreementObjective> Objectives(decimal quarterTarget) =>
    [
        new(ObjectiveId.ToString(), "Meningkatnya derajat kesehatan masyarakat",
        [
            new(IndicatorId.ToString(), "Jumlah balita yang diimunisasi lengkap", "orang", "Positive", "Sum", "PerPeriod", "Quarterly",
                "Jumlah balita diimunisasi", "Laporan puskesmas", "Kabid P2P", null,
                new AgreementTarget(quarterTarget * 4, null, null, false),
                Enumerable.Range(1, 4).Select(q => new AgreementPeriodTarget(q, $"TW {q}", new AgreementTarget(quarterTarget, null, null, false))).ToList(),
                null),
        ]),
    ];
}
