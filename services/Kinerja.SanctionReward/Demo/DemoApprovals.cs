using Kinerja.EventStore;
using Kinerja.SanctionReward.Approving;
using Kinerja.SanctionReward.Decisions;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.SanctionReward.Demo;

/// <summary>
/// With <c>Demo:Seed</c>, plays the demo region's verifier (<c>verifier-6402</c>, whom the policy's approval rights allow):
/// once the proposals of the demo's first quarter have arrived (their number stops changing), approves the first half
/// (by receiver name) and leaves the rest pending, so the browser shows both. A region where any decision was already
/// approved, amended or rejected is left alone, so a restart approves nothing twice.
/// </summary>
internal sealed class DemoApprovals(IConfiguration configuration, ReadModels readModels, Kinerja.EventStore.EventStore store, TimeProvider time,
    ILogger<DemoApprovals> logger) : BackgroundService
{
    public const string Region = "64.02";
    public static readonly Caller Verifier = new("verifier-6402", "Verifikator Kutai Kartanegara", [KinerjaRoles.Verifier], [Region], [], null);

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
                var decisions = await readModels.DecisionStatusesAsync(Region, stoppingToken);
                if (decisions.Any(d => d.Status != DecisionStatus.Proposed))
                {
                    return;
                }
                (seen, unchanged) = decisions.Count == seen ? (seen, unchanged + 1) : (decisions.Count, 0);
                if (seen > 0 && unchanged >= 3)
                {
                    await ApproveAsync(decisions.Take(Math.Max(1, decisions.Count / 2)).Select(d => d.Id).ToList(), stoppingToken);
                    return;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Approving the demo proposals failed; trying again");
            }
        }
    }

    private async Task ApproveAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        await using var session = store.OpenSession(new EventMetadata(Region, Verifier.Subject, "demo data"));
        foreach (var id in ids)
        {
            var loaded = await store.AggregateStreamAsync(DecisionState.StreamId(id), DecisionState.Initial, DecisionState.Apply, cancellationToken: cancellationToken);
            if (loaded?.State is { Status: DecisionStatus.Proposed } decision)
            {
                ApprovingEndpoints.Approve(decision, Verifier, session, DecisionState.StreamId(id), loaded.Version, time);
            }
        }
        await session.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo: {Verifier} approved {Count} proposals of region {Region}", Verifier.Subject, ids.Count, Region);
    }
}
