using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.Demo;

/// <summary>
/// With <c>Demo:Seed</c>, waits until the demo region's agreements have arrived from the Agreements service (their
/// number stops changing), then records the first-quarter realisations and closes TW I, in one transaction. A region
/// that already has realisations is left alone, so a restart seeds nothing twice.
/// </summary>
internal sealed class DemoSeeding(IConfiguration configuration, ReadModels reads, MeasurementWriter writer, TimeProvider clock, ILogger<DemoSeeding> logger)
    : BackgroundService
{
    private static readonly RegionCode Region = RegionCode.Parse("64.02");
    private static readonly Caller RegionOperator = new("demo-seed", "Operator Kutai Kartanegara (demo)", [KinerjaRoles.Operator], [Region.Value], [], null);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue<bool>("Demo:Seed"))
        {
            return;
        }
        var (seen, unchanged) = (-1, 0);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                var plans = await reads.PlansAsync(Region, null, null, stoppingToken);
                (seen, unchanged) = plans.Plans.Count == seen ? (seen, unchanged + 1) : (plans.Plans.Count, 0);
                if (seen > 0 && unchanged >= 3)
                {
                    await SeedAsync(plans, stoppingToken);
                    return;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Seeding the demo realisations failed; trying again");
            }
        }
    }

    private async Task SeedAsync(MeasurementPlans plans, CancellationToken cancellationToken)
    {
        if (await reads.AnyRealisationAsync(Region, cancellationToken))
        {
            logger.LogInformation("Region {Region} already has realisations: demo seeding skipped", Region);
            return;
        }
        var year = plans.Plans.Values.Max(p => p.Year);
        var ofYear = plans.Plans.Values.Where(p => p.Year == year).ToArray();
        var events = FirstQuarterDemo.Build(ofYear, seed: 6402, start: new DateTimeOffset(year, 4, 1, 1, 0, 0, TimeSpan.Zero));
        var session = writer.OpenSession(Region, RegionOperator, "demo data");
        foreach (var realisation in events.GroupBy(e => e.Key))
        {
            MeasurementWriter.Add(session, realisation.Key.StreamId, 0, realisation.ToArray<IMeasurementEvent>(), plans[realisation.Key.AgreementId]);
        }
        var (periods, version) = await writer.PeriodsAsync(Region, cancellationToken);
        var closing = new ClosePeriod(Region, Period.Quarter(year, 1)).Decide(periods, clock, RegionOperator);
        if (closing.IsAccepted)
        {
            MeasurementWriter.Add(session, periods.StreamId, version, closing.Events, null);
        }
        await session.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo events for TW I {Year} of {Agreements} agreements in {Region}", events.Count, year, ofYear.Length, Region);
    }
}
