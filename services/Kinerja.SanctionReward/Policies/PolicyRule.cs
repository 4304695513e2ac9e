namespace Kinerja.SanctionReward.Policies;

/// <summary>
/// When an evaluation matches every condition given (an absent condition matches anything), the rule
/// proposes one decision. Flat on purpose: the API's field paths read <c>rules[3].allowancePercent</c>.
/// </summary>
internal sealed record PolicyRule
{
    /// <summary>Unique within the policy; decisions cite it.</summary>
    public string? Id { get; init; }

    /// <summary>The rating is any of these labels of the policy's scale.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Achievement (percent) at least this.</summary>
    public decimal? AchievementFrom { get; init; }

    /// <summary>Achievement (percent) below this.</summary>
    public decimal? AchievementBelow { get; init; }

    public PeriodKind? PeriodKind { get; init; }

    /// <summary>The receiver's echelon at the evaluated period is one of these.</summary>
    public IReadOnlyList<Echelon>? Echelons { get; init; }

    /// <summary>
    /// How many consecutive periods of the evaluated kind, ending with the evaluated one, must match the
    /// label and achievement conditions. A quarterly streak runs across the year boundary (TW IV then TW I).
    /// </summary>
    public int ConsecutivePeriods { get; init; } = 1;

    public DecisionKind? Decision { get; init; }

    /// <summary>−100..+100, not zero; negative is a cut.</summary>
    public decimal? AllowancePercent { get; init; }

    public AllowanceTerm? AllowanceTerm { get; init; }

    /// <summary>Bounds the total of this rule's adjustments within one year, in percent (magnitude).</summary>
    public decimal? AllowanceCeilingPercent { get; init; }

    /// <summary>The improvement plan's deadline.</summary>
    public int? DeadlineMonths { get; init; }

    /// <summary>What an HR recommendation asks for, or for an improvement plan what follows if it fails.</summary>
    public HrRecommendation? Recommendation { get; init; }
}
