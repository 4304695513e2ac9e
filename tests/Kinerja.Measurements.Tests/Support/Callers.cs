namespace Kinerja.Measurements.Tests.Support;

/// <summary>The people who act on realisations in the tests, as their tokens describe them.</summary>
internal static class Callers
{
    public static readonly Caller UnitOperator = new("op-dinkes", "Operator Dinkes", [KinerjaRoles.Operator], ["64.02"], [Agreements.Unit], null);
    public static readonly Caller RegionOperator = new("op-bappeda", "Operator Bappeda", [KinerjaRoles.Operator], ["64.02"], [], null);
    public static readonly Caller OtherUnitOperator = new("op-dishub", "Operator Dishub", [KinerjaRoles.Operator], ["64.02"], ["dishub"], null);
    public static readonly Caller OtherRegionOperator = new("op-samarinda", "Operator Samarinda", [KinerjaRoles.Operator], ["64.72"], [], null);
    public static readonly Caller Responsible = new("nip-resp", "Siti Rahma", [], ["64.02"], [], Agreements.ResponsibleNip);
    public static readonly Caller Superior = new("bupati", "Bupati", [KinerjaRoles.Verifier], ["64.02"], [], Agreements.GiverNip);
    public static readonly Caller OtherVerifier = new("sekda", "Sekda", [KinerjaRoles.Verifier], ["64.02"], [], "196001011985031009");
    public static readonly Caller Inspektorat = new("inspektur", "Inspektur", [KinerjaRoles.Reviewer], ["64.02"], [], null);
    public static readonly Caller Ministry = new("kemenpan", "KemenPAN-RB", [KinerjaRoles.Ministry], ["*"], [], null);
}
