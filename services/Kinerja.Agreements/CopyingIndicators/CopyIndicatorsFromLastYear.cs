namespace Kinerja.Agreements.CopyingIndicators;

/// <summary>
/// Copies the objectives and indicators of last year's agreement of the same position into a draft, with
/// last year's targets as a starting point to edit. Copied items get new ids in this agreement.
/// </summary>
internal sealed record CopyIndicatorsFromLastYear(AgreementId AgreementId, AgreementId From)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, CopyIndicatorsFromLastYear command, Agreement? lastYear, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "copy indicators into", AgreementStatus.Draft, AgreementStatus.Returned) is { } refused)
        {
            return refused;
        }
        var errors = new ValidationErrors();
        if (lastYear is null || lastYear.Id != command.From)
        {
            return Decision.Invalid<IAgreementEvent>("from", $"Agreement {command.From} does not exist.");
        }
        errors.Require(lastYear.Receiver.Position == state!.Receiver.Position, "from", "Indicators are copied from an agreement of the same position.")
            .Require(lastYear.Year == state.Year.Previous, "from", $"Indicators are copied from the agreement of {state.Year.Previous}, not {lastYear.Year}.")
            .Require(lastYear.Region == state.Region, "from", "Indicators are copied from an agreement of the same region.")
            .Require(lastYear.Status != AgreementStatus.Withdrawn, "from", "A withdrawn agreement cannot be copied.");
        if (errors.Any)
        {
            return Decision.Invalid<IAgreementEvent>(errors);
        }
        var blank = lastYear.Content.Objectives.Select(o => o with
        {
            Id = ItemId.From(""),
            Indicators = o.Indicators.Select(i => i with
            {
                Id = ItemId.From(""),
                // A newcomer's agreement has no targets before the handover; the new year needs them all.
                PeriodTargets = i.PeriodTargets.Select(t => t ?? i.AnnualTarget).ToList(),
            }).ToList(),
        }).ToList();
        var numbered = ItemNumbering.Assign(new AgreementContent(blank, []), state.UsedItemIds);
        return Decision.Accept<IAgreementEvent>(new IndicatorsCopied(state.Id, lastYear.Id, numbered.Objectives, actor, clock.GetUtcNow()));
    }
}

internal sealed record IndicatorsCopied(AgreementId Agreement, AgreementId From, IReadOnlyList<Objective> Objectives, Actor By, DateTimeOffset At) : IAgreementEvent;
