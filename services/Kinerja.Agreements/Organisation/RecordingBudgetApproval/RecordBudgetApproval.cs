namespace Kinerja.Agreements.Organisation.RecordingBudgetApproval;

/// <summary>
/// Records when the region's budget (DPA) for a year was approved: agreements are due one month later,
/// and a signature after that is flagged late.
/// </summary>
internal sealed record RecordBudgetApproval(FiscalYear Year, DateOnly ApprovedOn)
{
    public static Decision<IOrganisationEvent> Decide(OrganisationRegistry state, RecordBudgetApproval command, TimeProvider clock, Actor actor)
    {
        if (!state.IsRegistered)
        {
            return Decision.Invalid<IOrganisationEvent>("region", $"Region {state.Region} is not registered.");
        }
        // The DPA is approved at the end of the previous year or during the year itself.
        if (command.ApprovedOn.Year < command.Year.Value - 1 || command.ApprovedOn.Year > command.Year.Value)
        {
            return Decision.Invalid<IOrganisationEvent>("approvedOn", $"The budget for {command.Year} is approved in {command.Year.Value - 1} or {command.Year}, not on {command.ApprovedOn:yyyy-MM-dd}.");
        }
        return state.BudgetApprovalDates.TryGetValue(command.Year, out var known) && known == command.ApprovedOn
            ? Decision.Accept<IOrganisationEvent>()
            : Decision.Accept<IOrganisationEvent>(new BudgetApprovalRecorded(state.Region, command.Year, command.ApprovedOn, actor, clock.GetUtcNow()));
    }
}

internal sealed record BudgetApprovalRecorded(RegionCode Region, FiscalYear Year, DateOnly ApprovedOn, Actor By, DateTimeOffset At) : IOrganisationEvent;
