namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// Combines an indicator's periods from the start of the year up to a period into one realisation R and one
/// target T: SUM adds, AVERAGE takes the mean, LAST takes the latest period. Realisations are the values of each
/// period alone; targets are per period or already cumulative, as the indicator says. At year end the signed
/// annual target is T.
/// </summary>
internal static class PeriodConsolidation
{
    public static ConsolidatedPeriods UpTo(IndicatorInput indicator, ReportingPeriod upTo)
    {
        if (upTo.Year != indicator.Year)
        {
            throw new ArgumentException($"Indicator {indicator.Id} belongs to {indicator.Year}, not {upTo.Year}.", nameof(upTo));
        }
        var periods = upTo.EndedPeriodsOf(indicator.Frequency);
        if (periods.Count == 0)
        {
            return new() { Status = AchievementStatus.NotDue, Notes = [$"Belum ada periode {Words(indicator.Frequency)} yang berakhir sampai {upTo.Label}."] };
        }
        var target = Target(indicator, periods);
        if (target.Status != AchievementStatus.Computed)
        {
            return target;
        }
        var realisation = Realisation(indicator, periods);
        if (realisation.Status != AchievementStatus.Computed)
        {
            return realisation with { Targets = target.Targets };
        }
        var accumulation = indicator.Accumulation == TargetAccumulation.Cumulative ? "target kumulatif" : "target per periode";
        return realisation with
        {
            Target = target.Target,
            Targets = target.Targets,
            Text = $"{Words(indicator.Consolidation)}, {accumulation}: {realisation.Text}; {target.Text}",
            Notes = [.. target.Notes, .. realisation.Notes],
        };
    }

    private static ConsolidatedPeriods Target(IndicatorInput indicator, IReadOnlyList<ReportingPeriod> periods)
    {
        var last = periods[^1];
        var byPeriod = TargetsByPeriod(indicator);
        if (periods.Count == indicator.Frequency.PeriodsPerYear() && indicator.AnnualTarget is { } annual)
        {
            return new()
            {
                Status = AchievementStatus.Computed,
                Target = annual.Value,
                Targets = [annual],
                Text = $"T = {annual.Value.Text} (target tahunan)",
                Notes = AnnualMismatch(indicator, periods, byPeriod, annual),
            };
        }
        var needed = indicator.Accumulation == TargetAccumulation.Cumulative || indicator.Consolidation == Consolidation.Last
            ? [last]
            : periods;
        var missing = needed.Where(p => !byPeriod.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            return new()
            {
                Status = AchievementStatus.NoTarget,
                Notes = [$"Perjanjian tidak memuat target untuk {string.Join(", ", missing.Select(p => p.Label))}."],
            };
        }
        var targets = needed.Select(p => byPeriod[p]).ToList();
        var values = targets.Select(t => t.Value).ToList();
        var (value, text) = targets.Count == 1
            ? (values[0], $"T = {values[0].Text} ({(indicator.Accumulation == TargetAccumulation.Cumulative ? "target kumulatif " : "target ")}{last.Label})")
            : indicator.Consolidation == Consolidation.Sum
                ? (TargetValue.Sum(values), $"T = {string.Join(" + ", values.Select(v => v.Text))} = {TargetValue.Sum(values).Text}")
                : (TargetValue.Mean(values), $"T = ({string.Join(" + ", values.Select(v => v.Text))}) / {values.Count} = {TargetValue.Mean(values).Text}");
        return new() { Status = AchievementStatus.Computed, Target = value, Targets = targets, Text = text };
    }

    private static Dictionary<ReportingPeriod, PeriodTarget> TargetsByPeriod(IndicatorInput indicator)
    {
        var targets = indicator.PeriodTargets.Where(t => t.Period.Frequency == indicator.Frequency).ToList();
        if (targets.DistinctBy(t => t.Period).Count() != targets.Count)
        {
            throw new ArgumentException(
                $"Indicator {indicator.Id} has two targets for one period; pass only the targets of the agreement version in force.", nameof(indicator));
        }
        return targets.ToDictionary(t => t.Period);
    }

    // The year is judged against the signed annual target; an auditor should see when the quarters promised otherwise.
    private static IReadOnlyList<string> AnnualMismatch(
        IndicatorInput indicator, IReadOnlyList<ReportingPeriod> periods, Dictionary<ReportingPeriod, PeriodTarget> byPeriod, PeriodTarget annual)
    {
        if (indicator.Consolidation != Consolidation.Sum || periods.Count == 1 || !periods.All(byPeriod.ContainsKey))
        {
            return [];
        }
        var quarters = indicator.Accumulation == TargetAccumulation.Cumulative
            ? byPeriod[periods[^1]].Value
            : TargetValue.Sum(periods.Select(p => byPeriod[p].Value));
        return quarters == annual.Value
            ? []
            : [$"Target periode sampai akhir tahun ({quarters.Text}) berbeda dari target tahunan ({annual.Value.Text}); capaian tahunan memakai target tahunan."];
    }

    private static ConsolidatedPeriods Realisation(IndicatorInput indicator, IReadOnlyList<ReportingPeriod> periods)
    {
        var inForce = indicator.Realisations
            .Where(r => r.Period.Frequency == indicator.Frequency)
            .GroupBy(r => r.Period)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!);
        var needed = indicator.Consolidation == Consolidation.Last ? [periods[^1]] : periods;
        var missing = needed.Where(p => !inForce.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            return new()
            {
                Status = AchievementStatus.NotReported,
                NotReportedPeriods = missing,
                Notes = [$"Belum ada realisasi terverifikasi untuk {string.Join(", ", missing.Select(p => p.Label))}: capaian tidak dihitung (bukan 0)."],
            };
        }
        var used = needed.Select(p => inForce[p]).ToList();
        var values = used.Select(r => r.Value).ToList();
        var span = used.Count == 1 ? used[0].Period.Label : $"{used[0].Period.Label} – {used[^1].Period.Label}";
        var (value, text) = (indicator.Consolidation, values.Count) switch
        {
            (_, 1) => (values[0], $"R = {Rounding.Input(values[0])} ({span})"),
            (Consolidation.Sum, _) => (values.Sum(), $"R = {Join(values, " + ")} = {Rounding.Input(values.Sum())} ({span})"),
            _ => (values.Sum() / values.Count, $"R = ({Join(values, " + ")}) / {values.Count} = {Rounding.Input(values.Sum() / values.Count)} ({span})"),
        };
        return new() { Status = AchievementStatus.Computed, Realisation = value, Realisations = used, Text = text };
    }

    private static string Join(IEnumerable<decimal> values, string separator) => string.Join(separator, values.Select(Rounding.Input));

    private static string Words(Consolidation consolidation) => consolidation switch
    {
        Consolidation.Sum => "SUM (jumlah)",
        Consolidation.Average => "AVERAGE (rata-rata)",
        _ => "LAST (nilai terakhir)",
    };

    private static string Words(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => "bulanan",
        Frequency.Quarterly => "triwulanan",
        Frequency.Semester => "semesteran",
        _ => "tahunan",
    };
}
