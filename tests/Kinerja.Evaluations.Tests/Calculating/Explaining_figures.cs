using System.Text.Json;
using Kinerja.Evaluations.Calculating;
using Kinerja.Evaluations.Rating;

namespace Kinerja.Evaluations.Tests.Calculating;

public sealed class Explaining_figures
{
    private static readonly AchievementCalculator Calculator = new(An.Rules(cap: ScoreCap.PermenPanRb), NationalScales.Achievement);

    private static IndicatorInput UnemploymentRate() =>
        An.Indicator(targets: [10, 10, 10, 10], realisations: [12, null, null, null], consolidation: Consolidation.Last,
            polarity: Polarity.Negative, name: "Tingkat pengangguran terbuka");

    [Fact]
    public void an_indicator_figure_names_its_target_and_realisation_with_their_ids_versions_and_periods()
    {
        var indicator = UnemploymentRate();

        var explanation = Calculator.Indicator(indicator, An.Tw(1)).Explanation;

        var target = explanation.Targets.ShouldHaveSingleItem();
        target.Period.ShouldBe(An.Tw(1));
        target.Value.ShouldBe(TargetValue.Of(10));
        target.Source.ShouldBe(An.Agreement);
        var realisation = explanation.Realisations.ShouldHaveSingleItem();
        realisation.ShouldBe(indicator.Realisations[0]);
    }

    [Fact]
    public void an_indicator_figure_states_consolidation_formula_cap_rating_and_rules_in_words_and_numbers()
    {
        var result = Calculator.Indicator(UnemploymentRate(), An.Tw(1));

        result.Achievement!.Text.ShouldBe("80,00");
        result.Explanation.Consolidation.ShouldBe("LAST (nilai terakhir), target per periode: R = 12 (TW I 2026); T = 10 (target TW I 2026)");
        result.Explanation.Formula.ShouldBe("negatif: (2T − R) / T × 100 = (2×10 − 12) / 10 × 100 = 80,00");
        result.Explanation.Cap.ShouldBe("PermenPAN-RB 8/2021: capaian 80,00 ≤ 110 → skor = capaian = 80,00");
        result.Explanation.Rating.ShouldBe("Tinggi: skor 80,00 pada rentang 76 – < 91 (skala capaian-permendagri-86-2017 v1, berlaku 2017-01-01)");
        result.Explanation.Rules.ShouldBe(new RulesApplied("64.02", 2, new DateOnly(2026, 1, 1), "aturan perhitungan daerah 64.02 v2 (berlaku 2026-01-01)"));
    }

    [Fact]
    public void a_rating_names_the_scale_and_version_that_produced_it()
    {
        var rating = Calculator.Indicator(UnemploymentRate(), An.Tw(1)).Rating!;

        rating.ScaleId.ShouldBe("capaian-permendagri-86-2017");
        rating.ScaleVersion.ShouldBe(1);
        rating.Purpose.ShouldBe(ScalePurpose.Achievement);
        rating.Label.ShouldBe("Tinggi");
        rating.LabelEn.ShouldBe("High");
    }

    [Fact]
    public void objectives_and_agreements_are_rated_on_their_rolled_up_score()
    {
        var agreement = An.AgreementOf(An.Objective("Sasaran 1", 1, UnemploymentRate(), An.Annual(TargetValue.Of(5), null)));

        var result = Calculator.Agreement(agreement, An.Tw(1));

        result.Rating!.Label.ShouldBe("Tinggi");
        result.ObjectiveAchievements[0].Rating!.Label.ShouldBe("Tinggi");
        result.Explanation.RollUp.ShouldBe("rata-rata 1 sasaran: capaian (80,00) / 1 = 80,00; skor (80,00) / 1 = 80,00");
    }

    [Fact]
    public void a_figure_that_could_not_be_computed_explains_why()
    {
        var result = Calculator.Indicator(UnemploymentRate(), An.Tw(2));

        result.Status.ShouldBe(AchievementStatus.NotReported);
        result.Explanation.Formula.ShouldBeNull();
        result.Explanation.Targets.ShouldHaveSingleItem().Period.ShouldBe(An.Tw(2));
        result.Explanation.Notes.ShouldBe(["Belum ada realisasi terverifikasi untuk TW II 2026: capaian tidak dihitung (bukan 0)."]);
    }

    [Fact]
    public void the_whole_explained_tree_serialises_to_json_the_web_page_can_read()
    {
        var result = Calculator.Agreement(An.AgreementOf(An.Objective("Sasaran 1", 1, UnemploymentRate())), An.Tw(1));

        var json = JsonSerializer.SerializeToElement(result, JsonSerializerOptions.Web);

        json.GetProperty("status").GetString().ShouldBe("Computed");
        json.GetProperty("upTo").GetProperty("label").GetString().ShouldBe("TW I 2026");
        var indicator = json.GetProperty("objectiveAchievements")[0].GetProperty("indicatorAchievements")[0];
        indicator.GetProperty("achievement").GetProperty("text").GetString().ShouldBe("80,00");
        indicator.GetProperty("achievement").GetProperty("rounded").GetDecimal().ShouldBe(80m);
        indicator.GetProperty("explanation").GetProperty("formula").GetString()!.ShouldStartWith("negatif:");
        indicator.GetProperty("explanation").GetProperty("targets")[0].GetProperty("value").GetProperty("text").GetString().ShouldBe("10");
        indicator.GetProperty("explanation").GetProperty("realisations")[0].GetProperty("period").GetProperty("frequency").GetString().ShouldBe("Quarterly");
        indicator.GetProperty("rating").GetProperty("scaleId").GetString().ShouldBe("capaian-permendagri-86-2017");
    }
}
