namespace Kinerja.Evaluations.Configuring;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// Seeds the national default scales and rules into an empty store at start-up (after the schema migration, which is
/// registered first). Several instances may start at once: the stream must not exist, so only one seed wins.
/// </summary>
internal sealed class NationalDefaultsSeeding(EventStore store, ILogger<NationalDefaultsSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SeedAsync(Configuration.ScalesStream, "rating-scales",
            NationalScales.All.Select(scale => (object)new RatingScaleDefined(scale, "seed")).ToArray(), cancellationToken);
        await SeedAsync(Configuration.RulesStream, "calculation-rules",
            [new CalculationRulesDefined(CalculationRules.NationalDefault, "seed")], cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(string streamId, string streamType, object[] events, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = store.OpenSession(new EventMetadata(Configuration.NationalTenant, "seed", "national defaults"));
            session.StartStream(streamId, streamType, events);
            await session.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Stream} with the national defaults", streamId);
        }
        catch (ConcurrencyException)
        {
            // Already seeded (by an earlier start or another instance).
        }
    }
}
