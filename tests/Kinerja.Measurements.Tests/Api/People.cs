namespace Kinerja.Measurements.Tests.Api;

/// <summary>Token holders of the API tests; each test names its region.</summary>
internal static class People
{
    public static readonly DemoUser Ministry = new("ministry", "Operator Kementerian", [KinerjaRoles.Ministry], [KinerjaClaims.AllRegions]);

    public static DemoUser Operator(string region) => new($"operator-{region}", $"Operator {region}", [KinerjaRoles.Operator], [region]);

    public static DemoUser UnitOperator(string region, string unit) =>
        new($"operator-{region}-{unit}", $"Operator {unit}", [KinerjaRoles.Operator], [region]) { Units = [unit] };

    /// <summary>The agreement's giver: the verifier who may verify.</summary>
    public static DemoUser Superior(string region) =>
        new($"bupati-{region}", "Bupati", [KinerjaRoles.Verifier], [region]) { Nip = Upstream.GiverNip };

    public static DemoUser OtherVerifier(string region) =>
        new($"sekda-{region}", "Sekda", [KinerjaRoles.Verifier], [region]) { Nip = "196001011985031009" };

    public static DemoUser Inspektorat(string region) => new($"inspektur-{region}", "Inspektur", [KinerjaRoles.Reviewer], [region]);
}
