using Kinerja.Evaluations.Calculating;

namespace Kinerja.Evaluations.Tests.Calculating;

public sealed class Consolidating_periods
{
    private readonly AchievementCalculator _calculator = new(An.Rules());

    [Fact]
    public void sum_with_per_quarter_targets_adds_targets_and_realisations_to_date()
    {
        var indicator = An.Indicator(targets: [10, 15, 20, 25], realisations: [8, 12, null, null]);

        var result = _calculator.Indicator(indicator, An.Tw(2));

        result.Achievement!.Exact.ShouldBe(80m);
        result.Explanation.Consolidation.ShouldBe(
            "SUM (jumlah), target per periode: R = 8 + 12 = 20 (TW I 2026 – TW II 2026); T = 10 + 15 = 25");
    }

    [Fact]
    public void sum_with_cumulative_quarterly_targets_compares_realisation_to_date_with_the_target_of_the_quarter()
    {
        var indicator = An.Indicator(targets: [10, 25, 45, 70], realisations: [8, 12, null, null], accumulation: TargetAccumulation.Cumulative);

        var result = _calculator.Indicator(indicator, An.Tw(2));

        result.Achievement!.Exact.ShouldBe(80m);
        result.Explanation.Consolidation.ShouldBe(
            "SUM (jumlah), target kumulatif: R = 8 + 12 = 20 (TW I 2026 – TW II 2026); T = 25 (target kumulatif TW II 2026)");
        result.Explanation.Targets.Select(t => t.Period).ShouldBe([An.Tw(2)]);
    }

    [Fact]
    public void cumulative_targets_need_only_the_target_of_the_quarter_reached()
    {
        var indicator = An.Indicator(targets: [null, 25, null, null], realisations: [10, 15, null, null], accumulation: TargetAccumulation.Cumulative);

        _calculator.Indicator(indicator, An.Tw(2)).Achievement!.Exact.ShouldBe(100m);
    }

    [Fact]
    public void the_year_of_a_sum_indicator_is_judged_against_the_signed_annual_target()
    {
        var indicator = An.Indicator(targets: [10, 25, 45, 70], realisations: [8, 12, 20, 25], accumulation: TargetAccumulation.Cumulative, annual: 70);

        var result = _calculator.Indicator(indicator, An.WholeYear);

        result.Achievement!.Exact.ShouldBe(65m / 70m * 100m);
        result.Explanation.Consolidation.ShouldBe(
            "SUM (jumlah), target kumulatif: R = 8 + 12 + 20 + 25 = 65 (TW I 2026 – TW IV 2026); T = 70 (target tahunan)");
        result.Explanation.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void quarterly_targets_that_do_not_add_up_to_the_annual_target_are_noted()
    {
        var indicator = An.Indicator(targets: [10, 20, 20, 20], realisations: [10, 20, 20, 30], annual: 80);

        var result = _calculator.Indicator(indicator, An.WholeYear);

        result.Achievement!.Exact.ShouldBe(100m);
        result.Explanation.Notes.ShouldBe(
            ["Target periode sampai akhir tahun (70) berbeda dari target tahunan (80); capaian tahunan memakai target tahunan."]);
    }

    [Fact]
    public void without_an_annual_target_the_year_consolidates_the_period_targets()
    {
        var indicator = An.Indicator(targets: [10, 20, 20, 20], realisations: [10, 20, 20, 20]);

        _calculator.Indicator(indicator, An.WholeYear).Achievement!.Exact.ShouldBe(100m);
    }

    [Fact]
    public void average_takes_the_mean_of_realisations_and_of_per_period_targets()
    {
        var indicator = An.Indicator(targets: [70, 72, 74, 76], realisations: [71, 73, null, null], consolidation: Consolidation.Average);

        var result = _calculator.Indicator(indicator, An.Tw(2));

        result.Achievement!.Exact.ShouldBe(72m / 71m * 100m);
        result.Explanation.Consolidation.ShouldBe(
            "AVERAGE (rata-rata), target per periode: R = (71 + 73) / 2 = 72 (TW I 2026 – TW II 2026); T = (70 + 72) / 2 = 71");
    }

    [Fact]
    public void average_over_the_year_uses_the_annual_target()
    {
        var indicator = An.Indicator(targets: [70, 72, 74, 76], realisations: [71, 73, 75, 77], consolidation: Consolidation.Average, annual: 75);

        _calculator.Indicator(indicator, An.WholeYear).Achievement!.Exact.ShouldBe(74m / 75m * 100m);
    }

    [Fact]
    public void last_compares_the_latest_stock_value_with_the_target_of_that_period()
    {
        var indicator = An.Indicator(targets: [20, 45, 70, 95], realisations: [null, 40, null, null], consolidation: Consolidation.Last);

        var result = _calculator.Indicator(indicator, An.Tw(2));

        result.Status.ShouldBe(AchievementStatus.Computed);
        result.Achievement!.Exact.ShouldBe(40m / 45m * 100m);
        result.Explanation.Consolidation.ShouldBe(
            "LAST (nilai terakhir), target per periode: R = 40 (TW II 2026); T = 45 (target TW II 2026)");
    }

    [Fact]
    public void last_does_not_fall_back_to_an_earlier_period_when_the_latest_is_not_reported()
    {
        var indicator = An.Indicator(targets: [20, 45, 70, 95], realisations: [18, null, null, null], consolidation: Consolidation.Last);

        var result = _calculator.Indicator(indicator, An.Tw(2));

        result.Status.ShouldBe(AchievementStatus.NotReported);
        result.NotReportedPeriods.ShouldBe([An.Tw(2)]);
    }

    [Fact]
    public void a_missing_quarter_makes_the_sum_to_date_not_reported_rather_than_counting_it_as_zero()
    {
        var indicator = An.Indicator(targets: [10, 15, 20, 25], realisations: [null, 12, null, null]);

        var result = _calculator.Indicator(indicator, An.Tw(2));

        result.Status.ShouldBe(AchievementStatus.NotReported);
        result.Achievement.ShouldBeNull();
        result.Score.ShouldBeNull();
        result.NotReportedPeriods.ShouldBe([An.Tw(1)]);
        result.Explanation.Notes.ShouldBe(["Belum ada realisasi terverifikasi untuk TW I 2026: capaian tidak dihitung (bukan 0)."]);
    }

    [Fact]
    public void a_period_without_target_gives_no_achievement()
    {
        var indicator = An.Indicator(targets: [10, null, null, null], realisations: [10, 12, null, null]);

        var result = _calculator.Indicator(indicator, An.Tw(2));

        result.Status.ShouldBe(AchievementStatus.NoTarget);
        result.Achievement.ShouldBeNull();
        result.Explanation.Notes.ShouldBe(["Perjanjian tidak memuat target untuk TW II 2026."]);
    }

    [Fact]
    public void the_latest_verified_correction_of_a_period_is_used()
    {
        var indicator = An.Indicator(targets: [10, 10, 10, 10], realisations: [5, null, null, null]);
        indicator = indicator with { Realisations = [.. indicator.Realisations, An.Realisation(An.Tw(1), 9, version: 2)] };

        var result = _calculator.Indicator(indicator, An.Tw(1));

        result.Achievement!.Exact.ShouldBe(90m);
        result.Explanation.Realisations.Single().Version.ShouldBe(2);
    }

    [Fact]
    public void a_monthly_indicator_up_to_a_quarter_covers_the_months_of_that_quarter()
    {
        var indicator = An.Indicator(targets: [.. Enumerable.Repeat<decimal?>(10, 12)], realisations: [10, 10, 10, 10, 10, 5], frequency: Frequency.Monthly);

        var result = _calculator.Indicator(indicator, An.Tw(2));

        result.Achievement!.Exact.ShouldBe(55m / 60m * 100m);
        result.Explanation.Realisations.Count.ShouldBe(6);
    }

    [Fact]
    public void a_semester_indicator_is_not_due_in_the_first_quarter_and_counts_semester_one_in_the_second()
    {
        var indicator = An.Indicator(targets: [50, 50], realisations: [45, null], frequency: Frequency.Semester);

        _calculator.Indicator(indicator, An.Tw(1)).Status.ShouldBe(AchievementStatus.NotDue);
        _calculator.Indicator(indicator, An.Tw(2)).Achievement!.Exact.ShouldBe(90m);
    }

    [Fact]
    public void an_annual_indicator_is_not_due_before_the_year_ends()
    {
        var indicator = An.Annual(TargetValue.Of(10), 10);

        _calculator.Indicator(indicator, An.Tw(3)).Status.ShouldBe(AchievementStatus.NotDue);
        _calculator.Indicator(indicator, An.Tw(4)).Achievement!.Exact.ShouldBe(100m);
    }

    [Fact]
    public void range_targets_consolidate_bound_by_bound()
    {
        var indicator = An.Indicator(targets: [null, null, null, null], realisations: [9, 13, null, null]) with
        {
            PeriodTargets =
            [
                new PeriodTarget(An.Tw(1), TargetValue.Between(8, 10), An.Agreement),
                new PeriodTarget(An.Tw(2), TargetValue.Between(10, 12), An.Agreement),
            ],
        };

        var result = _calculator.Indicator(indicator, An.Tw(2));

        result.Achievement!.Exact.ShouldBe(100m);
        result.Explanation.Consolidation!.ShouldEndWith("T = 8–10 + 10–12 = 18–22");
    }

    [Fact]
    public void a_period_of_another_year_is_refused()
    {
        var indicator = An.Indicator(targets: [10, 10, 10, 10], realisations: [10, null, null, null]);

        Should.Throw<ArgumentException>(() => _calculator.Indicator(indicator, ReportingPeriod.Quarter(2025, 1)));
    }

    [Fact]
    public void two_targets_for_one_period_are_refused_rather_than_guessed_between()
    {
        var indicator = An.Indicator(targets: [10, 10, 10, 10], realisations: [10, null, null, null]);
        indicator = indicator with { PeriodTargets = [.. indicator.PeriodTargets, new PeriodTarget(An.Tw(1), TargetValue.Of(12), An.Agreement)] };

        Should.Throw<ArgumentException>(() => _calculator.Indicator(indicator, An.Tw(1))).Message.ShouldContain("two targets for one period");
    }
}
