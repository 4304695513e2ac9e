using Kinerja.Evaluations.Calculating;

namespace Kinerja.Evaluations.Tests.Calculating;

public sealed class Rolling_up
{
    private static IndicatorInput Reported(decimal achievement, decimal weight = 1) =>
        An.Indicator(targets: [100, 100, 100, 100], realisations: [achievement, null, null, null], weight: weight);

    private static IndicatorInput NotReported(decimal weight = 1) =>
        An.Indicator(targets: [100, 100, 100, 100], realisations: [null, null, null, null], weight: weight);

    private static readonly AchievementCalculator Plain = new(An.Rules());
    private static readonly AchievementCalculator Weighted = new(An.Rules(weighted: true));

    [Fact]
    public void an_objective_is_the_mean_of_its_indicators()
    {
        var result = Plain.Objective(An.Objective("Sasaran 1", 1, Reported(80), Reported(90), Reported(100)), An.Tw(1));

        result.Achievement!.Exact.ShouldBe(90m);
        result.Indicators.ShouldBe(new Coverage(3, 0, 0, 0));
        result.Explanation.RollUp.ShouldBe("rata-rata 3 indikator: capaian (80,00 + 90,00 + 100,00) / 3 = 90,00; skor (80,00 + 90,00 + 100,00) / 3 = 90,00");
    }

    [Fact]
    public void an_indicator_not_reported_is_left_out_of_the_objective_and_counted_not_averaged_in_as_zero()
    {
        var result = Plain.Objective(An.Objective("Sasaran 1", 1, Reported(80), Reported(100), NotReported()), An.Tw(1));

        result.Achievement!.Exact.ShouldBe(90m);
        result.Indicators.ShouldBe(new Coverage(Computed: 2, NotReported: 1, NoTarget: 0, NotDue: 0));
        result.Explanation.RollUp!.ShouldEndWith("; tidak dihitung (bukan 0): 1 indikator belum dilaporkan, 0 tanpa target, 0 belum jatuh tempo");
    }

    [Fact]
    public void an_objective_with_no_reported_indicator_has_no_achievement()
    {
        var result = Plain.Objective(An.Objective("Sasaran 1", 1, NotReported(), NotReported()), An.Tw(1));

        result.Status.ShouldBe(AchievementStatus.NotReported);
        result.Achievement.ShouldBeNull();
        result.Rating.ShouldBeNull();
        result.Indicators.NotReported.ShouldBe(2);
    }

    [Fact]
    public void an_agreement_is_the_mean_of_its_objectives_not_of_all_indicators()
    {
        var agreement = An.AgreementOf(
            An.Objective("Sasaran 1", 1, Reported(60), Reported(80), Reported(100)),
            An.Objective("Sasaran 2", 1, Reported(100)));

        var result = Plain.Agreement(agreement, An.Tw(1));

        result.Achievement!.Exact.ShouldBe(90m);
        result.Objectives.ShouldBe(new Coverage(2, 0, 0, 0));
    }

    [Fact]
    public void an_agreement_leaves_out_objectives_without_data_and_says_how_many_indicators_were_not_reported()
    {
        var agreement = An.AgreementOf(
            An.Objective("Sasaran 1", 1, Reported(70), NotReported()),
            An.Objective("Sasaran 2", 1, NotReported(), NotReported()),
            An.Objective("Sasaran 3", 1, An.Annual(TargetValue.Of(5), null)));

        var result = Plain.Agreement(agreement, An.Tw(1));

        result.Status.ShouldBe(AchievementStatus.Computed);
        result.Achievement!.Exact.ShouldBe(70m);
        result.Objectives.ShouldBe(new Coverage(Computed: 1, NotReported: 1, NoTarget: 0, NotDue: 1));
        result.Indicators.ShouldBe(new Coverage(Computed: 1, NotReported: 3, NoTarget: 0, NotDue: 1));
    }

    [Fact]
    public void an_agreement_without_any_reported_indicator_has_no_achievement()
    {
        var result = Plain.Agreement(An.AgreementOf(An.Objective("Sasaran 1", 1, NotReported())), An.Tw(1));

        result.Status.ShouldBe(AchievementStatus.NotReported);
        result.Achievement.ShouldBeNull();
        result.Score.ShouldBeNull();
    }

    [Fact]
    public void with_weighting_on_indicators_count_by_their_weight()
    {
        var result = Weighted.Objective(An.Objective("Sasaran 1", 1, Reported(80, weight: 3), Reported(100, weight: 1)), An.Tw(1));

        result.Achievement!.Exact.ShouldBe(85m);
        result.Explanation.RollUp!.ShouldStartWith("rata-rata tertimbang 2 indikator: capaian (3×80,00 + 1×100,00) / (3 + 1) = 85,00");
    }

    [Fact]
    public void with_weighting_off_weights_are_ignored()
    {
        Plain.Objective(An.Objective("Sasaran 1", 1, Reported(80, weight: 3), Reported(100, weight: 1)), An.Tw(1))
            .Achievement!.Exact.ShouldBe(90m);
    }

    [Fact]
    public void weights_of_the_indicators_left_in_are_renormalised_when_one_is_not_reported()
    {
        var result = Weighted.Objective(
            An.Objective("Sasaran 1", 1, Reported(80, weight: 2), Reported(100, weight: 2), NotReported(weight: 6)), An.Tw(1));

        result.Achievement!.Exact.ShouldBe(90m);
    }

    [Fact]
    public void with_weighting_on_objectives_count_by_their_weight()
    {
        var agreement = An.AgreementOf(
            An.Objective("Sasaran 1", 1, Reported(60)),
            An.Objective("Sasaran 2", 4, Reported(100)));

        Weighted.Agreement(agreement, An.Tw(1)).Achievement!.Exact.ShouldBe(92m);
        Plain.Agreement(agreement, An.Tw(1)).Achievement!.Exact.ShouldBe(80m);
    }

    [Fact]
    public void with_weighting_on_a_weight_of_zero_is_refused()
    {
        Should.Throw<ArgumentException>(() =>
            Weighted.Objective(An.Objective("Sasaran 1", 1, Reported(80, weight: 0), Reported(100)), An.Tw(1)));
    }
}
