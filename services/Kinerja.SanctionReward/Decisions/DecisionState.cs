using Kinerja.SanctionReward.Deciding;

namespace Kinerja.SanctionReward.Decisions;

/// <summary>A decision as its events leave it: the fold of its stream <c>decision-{id}</c>.</summary>
internal sealed record DecisionState
{
    public static readonly DecisionState Initial = new();

    public DecisionProposed? Proposal { get; init; }
    public DecisionStatus Status { get; init; }
    /// <summary>What applies: the proposal's substance, or the amended one.</summary>
    public Decision? Substance { get; init; }
    public string? AmendmentReason { get; init; }
    public string? DecidedBy { get; init; }
    public string? DecisionReason { get; init; }
    public DateOnly? EffectiveFrom { get; init; }
    public DateOnly? EffectiveUntil { get; init; }
    public AppealStatus Appeal { get; init; }
    public string? AppealReason { get; init; }
    /// <summary>Who filed the objection: they may not decide it.</summary>
    public string? AppealFiledBy { get; init; }

    public static string StreamId(Guid decisionId) => $"decision-{decisionId:N}";

    public static DecisionState Apply(DecisionState state, object @event) => @event switch
    {
        DecisionProposed e => state with { Proposal = e, Status = DecisionStatus.Proposed, Substance = e.Decision },
        DecisionApprovedByOfficial e => state with { Status = DecisionStatus.Approved, DecidedBy = e.By, EffectiveFrom = e.EffectiveFrom, EffectiveUntil = e.EffectiveUntil },
        DecisionAmended e => state with
        {
            Status = DecisionStatus.Approved, DecidedBy = e.By, Substance = e.Decision, AmendmentReason = e.Reason,
            EffectiveFrom = e.EffectiveFrom, EffectiveUntil = e.EffectiveUntil,
        },
        DecisionRejected e => state with { Status = DecisionStatus.Rejected, DecidedBy = e.By, DecisionReason = e.Reason },
        DecisionWithdrawnOnReassessment e => state with { Status = DecisionStatus.Revoked, DecisionReason = e.Reason },
        AppealFiled e => state with { Appeal = AppealStatus.Pending, AppealReason = e.Reason, AppealFiledBy = e.By },
        AppealResolved e => state with
        {
            Appeal = e.Upheld ? AppealStatus.Upheld : AppealStatus.Overturned,
            Status = e.Upheld ? state.Status : DecisionStatus.Overturned,
        },
        _ => state,
    };
}
