using Kinerja.Evaluations.Rating;
using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// How a region computes achievement: the rules DOMAIN.md marks configurable. Versioned with an effective date
/// like rating scales; <see cref="InForce.Resolve"/> picks the region's version or the national default.
/// </summary>
internal sealed record CalculationRules : IRegionalVersion
{
    public string? RegionCode { get; init; }

    public required int Version { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public NegativeFormula NegativeFormula { get; init; } = NegativeFormula.TwiceTargetMinusRealisation;

    public ZeroTargetRule ZeroTarget { get; init; } = ZeroTargetRule.Default;

    /// <summary>The cap on the score used for ratings, or null for none.</summary>
    public ScoreCap? Cap { get; init; } = ScoreCap.PermenPanRb;

    /// <summary>Whether roll-ups weight indicators and objectives instead of taking the plain mean.</summary>
    public bool Weighted { get; init; }

    public string Text =>
        $"aturan perhitungan {(RegionCode is null ? "nasional" : $"daerah {RegionCode}")} v{Version} (berlaku {EffectiveFrom:yyyy-MM-dd})";

    public static CalculationRules NationalDefault { get; } = new() { Version = 1, EffectiveFrom = new DateOnly(2014, 1, 1) };

    /// <summary>The rules in force for a region on a date, falling back to <see cref="NationalDefault"/>.</summary>
    public static CalculationRules InForceFor(IEnumerable<CalculationRules> versions, string regionCode, DateOnly date) =>
        InForce.Resolve(versions, regionCode, date) ?? NationalDefault;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Require(RegionCode is null || RegionCodes.IsValid(RegionCode), "regionCode",
            "A region code looks like 64 (province) or 64.02 (kabupaten/kota); leave it empty for the national default.");
        errors.Require(Version >= 1, "version", "The version starts at 1.");
        errors.Require(Enum.IsDefined(NegativeFormula), "negativeFormula", "Choose (2T − R) / T or T / R.");
        errors.Require(ZeroTarget.WhenMet >= 0, "zeroTarget.whenMet", "The achievement for a met zero target cannot be negative.");
        errors.Require(ZeroTarget.WhenNotMet >= 0, "zeroTarget.whenNotMet", "The achievement for a missed zero target cannot be negative.");
        errors.Require(ZeroTarget.WhenNotMet <= ZeroTarget.WhenMet, "zeroTarget.whenNotMet",
            "Missing a zero target cannot score more than meeting it.");
        if (Cap is not null)
        {
            errors.Require(Cap.Threshold > 0, "cap.threshold", "The cap threshold must be above 0.");
            errors.Require(Cap.ScoreAbove >= 0, "cap.scoreAbove", "The score above the threshold cannot be negative.");
            errors.Require(!string.IsNullOrWhiteSpace(Cap.Name), "cap.name", "Name the cap, e.g. the regulation it comes from.");
        }
        return errors;
    }
}
