using Kinerja.Measurements.Demo;
using Kinerja.Measurements.Monitoring;
using Kinerja.Measurements.Recording;
using Kinerja.Measurements.Verifying;

namespace Kinerja.Measurements.Tests.Demo;

public class First_quarter_demo_data
{
    private static readonly MeasurementPlans Plans = MeasurementPlans.From(
    [
        Agreements.Signed(),
        Agreements.Signed(new AgreementId(Guid.Parse("7b0e4c1e-0000-4000-8000-000000000002")), "dishub"),
        Agreements.Signed(new AgreementId(Guid.Parse("7b0e4c1e-0000-4000-8000-000000000003")), "bappeda"),
    ]);

    private static readonly DateTimeOffset April = new(2025, 4, 2, 1, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<IRealisationEvent> Build(int seed) => FirstQuarterDemo.Build(Plans.Plans.Values, seed, April);

    [Fact]
    public void the_same_seed_gives_the_same_realisations_and_another_seed_others()
    {
        Build(7).ShouldBe(Build(7));
        Build(7).ShouldNotBe(Build(8));
    }

    [Fact]
    public void the_first_quarter_has_verified_awaiting_missing_and_below_target_realisations()
    {
        var events = Build(2025);
        var realisations = events.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => Realisation.Fold(g.Key, g));

        realisations.Values.ShouldContain(r => r.Status == RealisationStatus.Verified);
        realisations.Values.ShouldContain(r => r.Status == RealisationStatus.AwaitingVerification);
        var late = new WhoIsLate(Agreements.Region, null, Period.Quarter(2025, 1)).Run(Plans, realisations);
        late.ShouldContain(m => m.Lateness == Lateness.NotReported && m.ReportedValue == null);
        var belowTarget = events.OfType<RealisationRecorded>()
            .Where(r => r.Target is { } t && t.Target.IsMissedBy(r.Submission.Value, Plans[r.Key.AgreementId]!.Indicator(r.Key.IndicatorId)!.Polarity))
            .ToArray();
        belowTarget.ShouldNotBeEmpty();
        belowTarget.ShouldAllBe(r => r.Submission.GapExplanation != null && r.Submission.FollowUpAction != null);
    }

    [Fact]
    public void only_periods_of_tw_i_are_reported_and_each_verification_follows_its_recording()
    {
        var events = Build(11);

        events.ShouldAllBe(e => Period.Quarter(2025, 1).Contains(e.Key.Period));
        events.OfType<RealisationVerified>().ShouldAllBe(v =>
            events.OfType<RealisationRecorded>().Any(r => r.Key == v.Key && r.RecordedAt < v.VerifiedAt));
        events.Select(e => e is RealisationRecorded r ? r.RecordedAt : ((RealisationVerified)e).VerifiedAt).ShouldBeInOrder();
    }
}
