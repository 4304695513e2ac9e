using Kinerja.Agreements.Closing;
using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.Organisation;

namespace Kinerja.Agreements.ChangingOfficial;

/// <summary>
/// A newcomer takes over the receiver's position (mutasi, pergantian pejabat). The predecessor's agreement
/// closes at the handover date; the newcomer's new agreement (<c>Successor</c>) starts as a draft carrying
/// the remaining targets: periods that ended before the handover stay with the predecessor, the period in
/// which the handover falls goes to the newcomer. The decision holds events for both streams; group them
/// by <see cref="IAgreementEvent.Agreement"/>.
/// </summary>
internal sealed record ChangeOfficial(AgreementId AgreementId, AgreementId Successor, OfficialId Newcomer, bool Acting, DateOnly HandoverDate, LegalBasis LegalBasis)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, ChangeOfficial command, OrganisationRegistry registry, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "hand over", AgreementStatus.InForce) is { } refused)
        {
            return refused;
        }
        var errors = new ValidationErrors()
            .Require(command.HandoverDate > state!.EffectiveFrom && command.HandoverDate <= state.Year.LastDay, "handoverDate",
                $"The handover falls after {state.EffectiveFrom:yyyy-MM-dd} and within {state.Year}.")
            .Require(registry.Officials.ContainsKey(command.Newcomer), "newcomer", $"Official {command.Newcomer} is not registered in region {state.Region}.")
            .Require(command.Newcomer != state.Receiver.Official, "newcomer", $"{state.Receiver.Name} already holds this agreement.")
            .Require(!string.IsNullOrWhiteSpace(command.LegalBasis.DecreeNumber), "legalBasis.decreeNumber", "The decree number of the appointment is required.")
            .Require(command.Successor != state.Id, "successor", "The newcomer's agreement needs an id of its own.");
        if (errors.Any)
        {
            return Decision.Invalid<IAgreementEvent>(errors);
        }
        if (state.PendingRevision is not null)
        {
            return Decision.Conflict<IAgreementEvent>("agreementId", "A revision is waiting for approval; approve or reject it before the handover.");
        }
        var official = registry.Officials[command.Newcomer];
        var newcomer = state.Receiver with { Official = official.Id, Nip = official.Nip, Name = official.Name, Rank = official.Rank, Acting = command.Acting };
        var now = clock.GetUtcNow();
        return Decision.Accept<IAgreementEvent>(
            new OfficialHandedOver(state.Id, command.Successor, state.Receiver, newcomer, command.HandoverDate, command.LegalBasis, actor, now),
            new AgreementClosed(state.Id, command.HandoverDate, ClosingReason.ChangeOfOfficial, actor, now),
            new AgreementDrafted(command.Successor, state.Region, state.Year, state.Unit, newcomer, state.Giver,
                RemainingTargets(state.Content, state.Year, command.HandoverDate), command.HandoverDate, state.Id, actor, now));
    }

    /// <summary>
    /// Targets of periods that ended before the handover are left out. For per-period SUM indicators the
    /// annual target becomes what remains to be achieved; other annual targets are the year's and stay.
    /// </summary>
    internal static AgreementContent RemainingTargets(AgreementContent content, FiscalYear year, DateOnly handover) => content with
    {
        Objectives = content.Objectives.Select(o => o with
        {
            Indicators = o.Indicators.Select(indicator =>
            {
                var periods = Period.Of(indicator.Frequency);
                var remaining = indicator.PeriodTargets.Select((t, p) => periods[p].LastDay(year) < handover ? null : t).ToList();
                var annual = indicator is { Consolidation: Consolidation.Sum, Accumulation: TargetAccumulation.PerPeriod }
                             && remaining.All(t => t is null || t.Value is not null)
                    ? indicator.AnnualTarget with { Value = remaining.Sum(t => t?.Value ?? 0m) }
                    : indicator.AnnualTarget;
                return indicator with { PeriodTargets = remaining, AnnualTarget = annual };
            }).ToList(),
        }).ToList(),
    };
}

/// <summary>The receiver's position passed from <c>Predecessor</c> to <c>Newcomer</c>; the newcomer's agreement is <c>Successor</c>.</summary>
internal sealed record OfficialHandedOver(
    AgreementId Agreement,
    AgreementId Successor,
    Party Predecessor,
    Party Newcomer,
    DateOnly HandoverDate,
    LegalBasis LegalBasis,
    Actor By,
    DateTimeOffset At) : IAgreementEvent;
