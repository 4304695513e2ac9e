namespace Kinerja.Measurements.Realisations;

/// <summary>Who may do what to realisations, read from the caller's roles, regions, units and NIP.</summary>
internal static class Permissions
{
    /// <summary>The person responsible for the indicator, or an operator of the agreement's unit.</summary>
    public static bool MayRecord(Caller caller, MeasurementPlan plan, PlannedIndicator indicator) =>
        caller.CoversRegion(plan.Region.Value) &&
        ((caller.Nip is not null && caller.Nip == indicator.ResponsibleNip) ||
         (caller.IsIn(KinerjaRoles.Operator) && caller.CoversUnit(plan.UnitId)));

    /// <summary>A verifier of the region who, when the agreement names its giver, is that superior.</summary>
    public static bool MayVerify(Caller caller, MeasurementPlan plan) =>
        caller.MayAct(plan.Region.Value, KinerjaRoles.Verifier) && (plan.GiverNip is null || caller.Nip == plan.GiverNip);

    /// <summary>The Inspektorat of the region.</summary>
    public static bool MayReview(Caller caller, MeasurementPlan plan) => caller.MayAct(plan.Region.Value, KinerjaRoles.Reviewer);

    /// <summary>An operator of the whole region: a unit-scoped operator cannot lock the other units' entries.</summary>
    public static bool MayCloseOrReopen(Caller caller, RegionCode region) =>
        caller.MayAct(region.Value, KinerjaRoles.Operator) && caller.Units.Count == 0;
}
