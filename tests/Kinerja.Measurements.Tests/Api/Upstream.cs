using Wire = Kinerja.Contracts.Agreements;

namespace Kinerja.Measurements.Tests.Api;

/// <summary>Agreements integration events as the Agreements service publishes them.</summary>
internal static class Upstream
{
    public const string ReceiverNip = "197001011995031001";
    public const string GiverNip = "196501011990031002";
    public const string Unit = "dinkes";

    private static readonly Wire.AgreementActor Actor = new("operator-1", "Operator");

    /// <summary>Immunisation coverage: percent, quarterly, cumulative.</summary>
    public static Wire.AgreementIndicator Coverage(params decimal[] quarters) => Indicator("IK-1", "Cakupan imunisasi dasar lengkap", "%", "Cumulative",
        quarters.Length == 0 ? [25m, 50m, 75m, 95m] : quarters);

    /// <summary>Health-centre visits: a count, quarterly, each quarter its own target.</summary>
    public static Wire.AgreementIndicator Visits() => Indicator("IK-2", "Kunjungan puskesmas", "kunjungan", "PerPeriod", [100m, 100m, 100m, 100m]);

    public static Wire.AgreementSigned Signed(string agreementId, string region, params Wire.AgreementIndicator[] indicators) => new(
        agreementId, region, 2025, 1, Unit, "Dinas Kesehatan", Receiver(), Giver(), new DateOnly(2025, 1, 1),
        [new Wire.AgreementObjective("SS-1", "Meningkatnya derajat kesehatan masyarakat", indicators.Length == 0 ? [Coverage(), Visits()] : indicators)],
        [], [], false, new string('a', 64), DateTimeOffset.UtcNow);

    public static Wire.AgreementRevisionApproved Revised(string agreementId, string region, int version, params Wire.AgreementIndicator[] indicators) => new(
        agreementId, region, 2025, version - 1, version, "ChangeOfProgramActivityOrBudget", new Wire.AgreementLegalBasis("821.2/045/BKD", new DateOnly(2025, 6, 2)),
        Actor, Actor, DateTimeOffset.UtcNow, [], Unit, "Dinas Kesehatan", Receiver(), Giver(), new DateOnly(2025, 1, 1),
        [new Wire.AgreementObjective("SS-1", "Meningkatnya derajat kesehatan masyarakat", indicators)], [], new string('b', 64));

    public const string NewcomerNip = "198503032010011004";

    /// <summary>The receiver hands over to a newcomer on 1 July, at agreement version <paramref name="version"/>.</summary>
    public static Wire.OfficialChanged OfficialChanged(string agreementId, string region, int version) => new(
        agreementId, agreementId + "-successor", region, 2025, Receiver(),
        Receiver() with { OfficialId = NewcomerNip, Nip = NewcomerNip, Name = "dr. Budi Santoso" },
        new DateOnly(2025, 7, 1), new Wire.AgreementLegalBasis("821.2/077/BKD", new DateOnly(2025, 6, 20)), DateTimeOffset.UtcNow, version);

    public static Wire.AgreementWithdrawn Withdrawn(string agreementId, string region) =>
        new(agreementId, region, 2025, 1, "pos-kadinkes", "Dibatalkan", true, Actor, DateTimeOffset.UtcNow);

    private static Wire.AgreementParty Receiver() =>
        new("pos-kadinkes", "Kepala Dinas Kesehatan", "II", Unit, "Dinas Kesehatan", ReceiverNip, ReceiverNip, "dr. Andi Pratama", null, false);

    private static Wire.AgreementParty Giver() =>
        new("pos-bupati", "Bupati", "HeadOfRegion", null, "Kabupaten", GiverNip, GiverNip, "Bupati", null, false);

    private static Wire.AgreementIndicator Indicator(string id, string name, string unit, string accumulation, decimal[] quarters) => new(
        id, name, unit, "Positive", "Last", accumulation, "Quarterly", "Jumlah / sasaran × 100", "Dinas Kesehatan", "Kepala Bidang terkait", 50m,
        new Wire.AgreementTarget(quarters[^1], null, null, false),
        quarters.Select((t, i) => new Wire.AgreementPeriodTarget(i + 1, $"TW {i + 1}", new Wire.AgreementTarget(t, null, null, false))).ToArray(),
        null);
}
