using System.Globalization;

namespace Kinerja.Agreements;

/// <summary>
/// The rules every agreement content obeys, answered as field-level messages keyed by JSON path
/// (<c>objectives[0].indicators[1].periodTargets</c>). Budget mismatches are refused, because the quarterly
/// budget is the DPA's cash plan and must add up; target mismatches are warnings, because regions set
/// quarterly targets in different ways and the law does not fix one.
/// </summary>
internal static class ContentRules
{
    public const decimal MaximumWeight = 100m;

    public static (ValidationErrors Errors, IReadOnlyList<string> Warnings) Check(AgreementContent content, FiscalYear year, DateOnly effectiveFrom)
    {
        var errors = new ValidationErrors();
        var warnings = new List<string>();
        CheckObjectives(content, year, effectiveFrom, errors, warnings);
        CheckWeights(content, errors);
        CheckPrograms(content, errors);
        CheckUniqueIds(content, errors);
        return (errors, warnings);
    }

    private static void CheckObjectives(AgreementContent content, FiscalYear year, DateOnly effectiveFrom, ValidationErrors errors, List<string> warnings)
    {
        errors.Require(content.Objectives.Count > 0, "objectives", "An agreement has at least one objective.");
        for (var o = 0; o < content.Objectives.Count; o++)
        {
            var objective = content.Objectives[o];
            var path = $"objectives[{o}]";
            errors.Require(!string.IsNullOrWhiteSpace(objective.Statement), $"{path}.statement", "The objective's statement is required.");
            errors.Require(objective.Indicators.Count > 0, $"{path}.indicators", "An objective is measured by at least one indicator.");
            for (var i = 0; i < objective.Indicators.Count; i++)
            {
                CheckIndicator(objective.Indicators[i], $"{path}.indicators[{i}]", year, effectiveFrom, errors, warnings);
            }
        }
    }

    private static void CheckIndicator(Indicator indicator, string path, FiscalYear year, DateOnly effectiveFrom, ValidationErrors errors, List<string> warnings)
    {
        errors.Require(!string.IsNullOrWhiteSpace(indicator.Name), $"{path}.name", "The indicator's name is required.")
            .Require(!string.IsNullOrWhiteSpace(indicator.UnitOfMeasure), $"{path}.unitOfMeasure", "The unit of measure (satuan) is required.")
            .Require(!string.IsNullOrWhiteSpace(indicator.CalculationMethod), $"{path}.calculationMethod", "The calculation method is required.")
            .Require(!string.IsNullOrWhiteSpace(indicator.DataSource), $"{path}.dataSource", "The data source is required.")
            .Require(!string.IsNullOrWhiteSpace(indicator.PersonResponsible), $"{path}.personResponsible", "The person responsible is required.")
            .Require(indicator.Weight is null or (> 0 and <= MaximumWeight), $"{path}.weight", $"A weight is more than 0 and at most {MaximumWeight}; it is {indicator.Weight}.");
        if (indicator.AnnualTarget is null)
        {
            errors.Add($"{path}.annualTarget", "The annual target is required.");
        }
        else
        {
            CheckTarget(indicator.AnnualTarget, indicator.Polarity, $"{path}.annualTarget", errors);
        }

        var expected = Period.CountIn(indicator.Frequency);
        if (indicator.PeriodTargets.Count != expected)
        {
            errors.Add($"{path}.periodTargets", $"A {Describe(indicator.Frequency)} indicator has {expected} period target{(expected == 1 ? "" : "s")}; {indicator.PeriodTargets.Count} {(indicator.PeriodTargets.Count == 1 ? "was" : "were")} given.");
            return;
        }
        var periods = Period.Of(indicator.Frequency);
        for (var p = 0; p < expected; p++)
        {
            var target = indicator.PeriodTargets[p];
            if (target is null)
            {
                errors.Require(periods[p].LastDay(year) < effectiveFrom, $"{path}.periodTargets[{p}]", $"The target for {periods[p]} is required.");
                continue;
            }
            CheckTarget(target, indicator.Polarity, $"{path}.periodTargets[{p}]", errors);
        }
        if (ConsistencyWarning(indicator) is { } warning)
        {
            warnings.Add($"{path}.periodTargets: {warning}");
        }
    }

    private static void CheckTarget(Target target, Polarity polarity, string path, ValidationErrors errors)
    {
        if (target.IsRange)
        {
            errors.Require(target.Lower is not null && target.Upper is not null, path, "A range target has both a lower and an upper bound.")
                .Require(target.Lower is null || target.Upper is null || target.Lower <= target.Upper, path, $"The range's lower bound {target.Lower} is above its upper bound {target.Upper}.")
                .Require(target.Value is null && !target.IsMaximum, path, "A range target has no single value and cannot be flagged as a maximum.")
                .Require(polarity == Polarity.Range, path, "A range target belongs to an indicator whose polarity is Range.");
        }
        else
        {
            errors.Require(target.Value is not null, path, "The target's value is required.")
                .Require(polarity != Polarity.Range, path, "An indicator whose polarity is Range has range targets (lower and upper bound).");
        }
    }

    /// <summary>Per-period targets that do not make the annual target under the indicator's consolidation.</summary>
    private static string? ConsistencyWarning(Indicator indicator)
    {
        if (indicator.AnnualTarget?.Value is not { } annual || indicator.PeriodTargets.Any(t => t?.Value is null) || indicator.PeriodTargets.Count < 2)
        {
            return null;
        }
        var values = indicator.PeriodTargets.Select(t => t!.Value!.Value).ToList();
        var (made, how) = (indicator.Consolidation, indicator.Accumulation) switch
        {
            (Consolidation.Sum, TargetAccumulation.PerPeriod) => (values.Sum(), "add up to"),
            (Consolidation.Average, TargetAccumulation.PerPeriod) => (values.Average(), "average"),
            _ => (values[^1], "end at"),
        };
        return made == annual ? null : string.Create(CultureInfo.InvariantCulture, $"the period targets {how} {made:0.####}, the annual target is {annual:0.####}.");
    }

    private static void CheckWeights(AgreementContent content, ValidationErrors errors)
    {
        var indicators = content.Indicators.ToList();
        var weighted = indicators.Count(i => i.Weight is not null);
        if (weighted == 0)
        {
            return;
        }
        if (weighted < indicators.Count)
        {
            errors.Add("objectives", $"{weighted} of {indicators.Count} indicators have a weight: give every indicator a weight, or none.");
            return;
        }
        var total = indicators.Sum(i => i.Weight!.Value);
        errors.Require(total == MaximumWeight, "objectives", string.Create(CultureInfo.InvariantCulture, $"The indicators' weights add up to {total:0.##}; they must add up to {MaximumWeight:0}."));
    }

    private static void CheckPrograms(AgreementContent content, ValidationErrors errors)
    {
        for (var p = 0; p < content.Programs.Count; p++)
        {
            var program = content.Programs[p];
            var path = $"programs[{p}]";
            errors.Require(!string.IsNullOrWhiteSpace(program.Name), $"{path}.name", "The program's name is required.");
            CheckBudget(program.AnnualBudget, program.QuarterlyBudget, path, errors);
            for (var a = 0; a < program.Activities.Count; a++)
            {
                var activity = program.Activities[a];
                errors.Require(!string.IsNullOrWhiteSpace(activity.Name), $"{path}.activities[{a}].name", "The activity's name is required.");
                CheckBudget(activity.AnnualBudget, activity.QuarterlyBudget, $"{path}.activities[{a}]", errors);
            }
            var activities = Rupiah.Sum(program.Activities.Select(a => a.AnnualBudget));
            errors.Require(program.Activities.Count == 0 || activities <= program.AnnualBudget, $"{path}.activities",
                $"The activities' budgets add up to {activities}, more than the program's {program.AnnualBudget}.");
        }
    }

    private static void CheckBudget(Rupiah annual, IReadOnlyList<Rupiah> quarterly, string path, ValidationErrors errors)
    {
        errors.Require(!annual.IsNegative, $"{path}.annualBudget", "A budget cannot be negative.");
        if (quarterly.Count == 0)
        {
            return;
        }
        if (quarterly.Count != 4)
        {
            errors.Add($"{path}.quarterlyBudget", $"A quarterly budget has 4 amounts (TW I–IV); {quarterly.Count} were given.");
            return;
        }
        for (var q = 0; q < 4; q++)
        {
            errors.Require(!quarterly[q].IsNegative, $"{path}.quarterlyBudget[{q}]", "A budget cannot be negative.");
        }
        var sum = Rupiah.Sum(quarterly);
        errors.Require(sum == annual, $"{path}.quarterlyBudget", $"The quarterly budgets add up to {sum}, not the annual budget of {annual}.");
    }

    private static void CheckUniqueIds(AgreementContent content, ValidationErrors errors)
    {
        var ids = content.Objectives.Select(o => o.Id)
            .Concat(content.Indicators.Select(i => i.Id))
            .Concat(content.Programs.Select(p => p.Id))
            .Concat(content.Programs.SelectMany(p => p.Activities).Select(a => a.Id))
            .Where(id => !string.IsNullOrEmpty(id.Value));
        foreach (var duplicate in ids.GroupBy(id => id).Where(g => g.Count() > 1))
        {
            errors.Add("objectives", $"The id {duplicate.Key} is used more than once.");
        }
    }

    private static string Describe(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => "monthly",
        Frequency.Quarterly => "quarterly",
        Frequency.Semester => "semester",
        _ => "annual",
    };
}
