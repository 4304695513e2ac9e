namespace Kinerja.Agreements.Linking;

/// <summary>
/// Points an indicator at the indicator it supports in the higher agreement: the giver's own agreement for
/// the same year (cascade, PermenPAN-RB 89/2021). Links sit outside the signed content, so a cascade can be
/// completed after the parties signed.
/// </summary>
internal sealed record LinkIndicator(AgreementId AgreementId, ItemId Indicator, AgreementId ParentAgreement, ItemId ParentIndicator)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, LinkIndicator command, Agreement? parent, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "link", AgreementStatus.Draft, AgreementStatus.Submitted, AgreementStatus.Returned, AgreementStatus.Verified, AgreementStatus.InForce) is { } refused)
        {
            return refused;
        }
        var errors = new ValidationErrors()
            .Require(state!.Content.FindIndicator(command.Indicator) is not null, "indicator", $"The agreement has no indicator {command.Indicator}.");
        if (parent is null || parent.Id != command.ParentAgreement)
        {
            return Decision.Invalid<IAgreementEvent>(errors.Add("parentAgreementId", $"Agreement {command.ParentAgreement} does not exist."));
        }
        errors.Require(parent.Region == state.Region && parent.Year == state.Year, "parentAgreementId", "The higher agreement is of the same region and year.")
            .Require(state.Giver is not null && parent.Receiver.Position == state.Giver.Position, "parentAgreementId",
                $"The higher agreement is the one of this agreement's giver ({state.Giver?.PositionTitle ?? "none"}).")
            .Require(parent.Status != AgreementStatus.Withdrawn, "parentAgreementId", "The higher agreement was withdrawn.")
            .Require(parent.Content.FindIndicator(command.ParentIndicator) is not null, "parentIndicator", $"The higher agreement has no indicator {command.ParentIndicator}.");
        if (errors.Any)
        {
            return Decision.Invalid<IAgreementEvent>(errors);
        }
        var link = new IndicatorLink(command.Indicator, command.ParentAgreement, command.ParentIndicator);
        return state.Links.Contains(link)
            ? Decision.Accept<IAgreementEvent>()
            : Decision.Accept<IAgreementEvent>(new IndicatorLinked(state.Id, command.Indicator, command.ParentAgreement, command.ParentIndicator, actor, clock.GetUtcNow()));
    }
}

internal sealed record IndicatorLinked(AgreementId Agreement, ItemId Indicator, AgreementId ParentAgreement, ItemId ParentIndicator, Actor By, DateTimeOffset At) : IAgreementEvent;
