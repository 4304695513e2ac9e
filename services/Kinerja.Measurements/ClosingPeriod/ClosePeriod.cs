namespace Kinerja.Measurements.ClosingPeriod;

/// <summary>Close (lock) a reporting period of a region, e.g. TW II 2025.</summary>
internal sealed record ClosePeriod(RegionCode Region, Period Period)
{
    public Decision Decide(RegionPeriods state, TimeProvider clock, Caller caller)
    {
        if (!Permissions.MayCloseOrReopen(caller, Region))
        {
            return Decision.Refuse(Refusal.Forbidden, "region", $"Only an operator of the whole region {Region} may close its periods.");
        }
        if (state.Closed.Contains(Period))
        {
            return Decision.Refuse(Refusal.Conflict, "period", $"{Period.Label} is already closed.");
        }
        return Decision.Accept(new PeriodClosed(Region, Period, Actor.Of(caller), clock.GetUtcNow()));
    }
}
