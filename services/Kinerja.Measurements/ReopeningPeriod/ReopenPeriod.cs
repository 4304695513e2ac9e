namespace Kinerja.Measurements.ReopeningPeriod;

/// <summary>Reopen a closed period so that late entries can be made; the reason is required and kept.</summary>
internal sealed record ReopenPeriod(RegionCode Region, Period Period, string? Reason)
{
    public Decision Decide(RegionPeriods state, TimeProvider clock, Caller caller)
    {
        if (!Permissions.MayCloseOrReopen(caller, Region))
        {
            return Decision.Refuse(Refusal.Forbidden, "region", $"Only an operator of the whole region {Region} may reopen its periods.");
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            return Decision.Refuse(Refusal.Invalid, "reason", "Reopening a closed period needs a reason.");
        }
        if (Reason.Length > Realisations.Submission.MaxTextLength)
        {
            return Decision.Refuse(Refusal.Invalid, "reason", $"At most {Realisations.Submission.MaxTextLength} characters.");
        }
        if (Reason.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            return Decision.Refuse(Refusal.Invalid, "reason", "The reason contains control characters (such as NUL); write it as plain text.");
        }
        if (!state.Closed.Contains(Period))
        {
            var message = state.ClosedPeriodContaining(Period) is { } longer
                ? $"{Period.Label} is not closed itself; {longer.Label} is: reopen that."
                : $"{Period.Label} is not closed.";
            return Decision.Refuse(Refusal.Conflict, "period", message);
        }
        return Decision.Accept(new PeriodReopened(Region, Period, Reason.Trim(), Actor.Of(caller), clock.GetUtcNow()));
    }
}
