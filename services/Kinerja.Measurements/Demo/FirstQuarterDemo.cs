using Kinerja.Measurements.Recording;
using Kinerja.Measurements.Verifying;

namespace Kinerja.Measurements.Demo;

/// <summary>
/// Demo realisations for the first quarter (TW I) of a region's agreements, for the run command: some verified, some
/// awaiting verification, some below target with their explanations, some missing. The same seed gives the same events.
/// Every event comes from the real commands, so the demo obeys the same rules as an operator would.
/// </summary>
internal static class FirstQuarterDemo
{
    private static readonly string[] Gaps =
    [
        "Pengadaan terlambat karena revisi DPA",
        "Data dari beberapa kecamatan belum masuk",
        "Cuaca ekstrem menghambat kegiatan lapangan",
    ];

    private static readonly string[] FollowUps =
    [
        "Percepatan kegiatan pada TW II dengan jadwal mingguan",
        "Pendampingan operator kecamatan dan validasi data bulanan",
        "Penjadwalan ulang kegiatan dan koordinasi lintas perangkat daerah",
    ];

    public static IReadOnlyList<IRealisationEvent> Build(IEnumerable<MeasurementPlan> plans, int seed, DateTimeOffset start)
    {
        var random = new Random(seed);
        var due = Due(plans).ToArray();
        random.Shuffle(due);
        var withTarget = due.Where(d => d.Indicator.TargetFor(d.Period) is not null).ToArray();
        var below = withTarget.Take(withTarget.Length == 0 ? 0 : Math.Max(1, withTarget.Length / 4)).ToHashSet();
        var missing = due.Except(below).Take(Math.Max(1, due.Length / 5)).ToHashSet();
        var clock = new SteppingClock(start, TimeSpan.FromMinutes(7));
        var events = new List<IRealisationEvent>();
        var verifiedOne = false;
        foreach (var item in due.Except(missing).OrderBy(d => d.Plan.AgreementId.Value).ThenBy(d => d.Indicator.Code, StringComparer.Ordinal).ThenBy(d => d.Period))
        {
            var key = new RealisationKey(item.Plan.AgreementId, item.Indicator.Id, item.Period);
            var context = new MeasurementContext(item.Plan, RegionPeriods.Open(item.Plan.Region), OperatorOf(item.Plan));
            var state = Apply(Realisation.NotReported(key),
                new RecordRealisation(key, Submission(item, below.Contains(item), random)).Decide(Realisation.NotReported(key), clock, context), events);
            if (!verifiedOne || random.NextDouble() < 0.6)
            {
                Apply(state, new VerifyRealisation(key).Decide(state, clock, context with { Caller = SuperiorOf(item.Plan) }), events);
                verifiedOne = true;
            }
        }
        return events;
    }

    private static IEnumerable<(MeasurementPlan Plan, PlannedIndicator Indicator, Period Period)> Due(IEnumerable<MeasurementPlan> plans) =>
        from plan in plans.OrderBy(p => p.AgreementId.Value)
        from indicator in plan.Indicators
        from period in indicator.PeriodsOf(plan.Year)
        where Period.Quarter(plan.Year, 1).Contains(period) && plan.Measures(period)
        select (plan, indicator, period);

    private static Realisation Apply(Realisation state, Decision decision, List<IRealisationEvent> events)
    {
        if (!decision.IsAccepted)
        {
            throw new InvalidOperationException($"Demo data broke a rule: {string.Join("; ", decision.Errors.SelectMany(e => e.Value))}");
        }
        var produced = decision.Events.Cast<IRealisationEvent>().ToArray();
        events.AddRange(produced);
        return produced.Aggregate(state, (s, e) => s.Evolve(e));
    }

    private static Submission Submission((MeasurementPlan Plan, PlannedIndicator Indicator, Period Period) item, bool below, Random random)
    {
        var target = item.Indicator.TargetFor(item.Period)?.Target;
        var value = ValueFor(item.Indicator, target, below, random);
        var missed = target?.IsMissedBy(value, item.Indicator.Polarity) ?? false;
        var evidence = new Evidence.Link(new Uri($"https://bukti.example.go.id/{item.Plan.Region}/{item.Plan.UnitId}/{item.Indicator.Code}/{item.Period}.pdf"));
        return new Submission(value, evidence, $"Data {item.Period.Label}",
            missed ? Gaps[random.Next(Gaps.Length)] : null,
            missed ? FollowUps[random.Next(FollowUps.Length)] : null);
    }

    private static decimal ValueFor(PlannedIndicator indicator, Target? target, bool below, Random random)
    {
        var factor = (decimal)random.NextDouble();
        var raw = target switch
        {
            Target.Range range => below ? range.Low * 0.9m : (range.Low + range.High) / 2,
            Target.Point point when indicator.Polarity == Polarity.Negative =>
                below ? Math.Max(point.Value * (1.05m + (0.3m * factor)), point.Value + 1) : point.Value * (0.9m + (0.1m * factor)),
            Target.Point point => below ? point.Value * (0.6m + (0.3m * factor)) : point.Value * (1m + (0.1m * factor)),
            _ => 1m + (99m * factor),
        };
        return indicator.ValueKind switch
        {
            ValueKind.Count => below == (indicator.Polarity == Polarity.Negative) ? Math.Ceiling(raw) : Math.Floor(raw),
            ValueKind.Percent => Math.Min(100m, Math.Round(raw, 2)),
            _ => Math.Round(raw, 2),
        };
    }

    private static Caller OperatorOf(MeasurementPlan plan) =>
        new($"demo-operator-{plan.UnitId}", $"Operator {plan.UnitId}", [KinerjaRoles.Operator], [plan.Region.Value], [plan.UnitId], null);

    private static Caller SuperiorOf(MeasurementPlan plan) =>
        new("demo-superior", "Pemberi amanah", [KinerjaRoles.Verifier], [plan.Region.Value], [], plan.GiverNip);

    /// <summary>A clock that moves on a little at every reading, so demo events have distinct, ordered times.</summary>
    private sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now += step;
    }
}
