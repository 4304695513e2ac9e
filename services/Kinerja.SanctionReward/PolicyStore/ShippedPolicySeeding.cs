using Kinerja.EventStore;
using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.PolicyStore;

/// <summary>
/// On start-up, stores the shipped policies (national default and the example for 64.02) unless a version of them
/// is already stored; several instances starting at once race harmlessly on the stream's expected version.
/// </summary>
internal sealed class ShippedPolicySeeding(Kinerja.EventStore.EventStore store, ReadModels readModels) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SchemaScript.ApplyAsync(readModels.DataSource, ReadModels.Schema, cancellationToken);
        var stored = await readModels.PoliciesAsync(cancellationToken);
        foreach (var policy in ShippedPolicies.All.Where(p => stored.All(s => s.Id != p.Id)))
        {
            try
            {
                await PolicyEndpoints.SaveAsync(store, policy, "system", 0, cancellationToken);
            }
            catch (ConcurrencyException)
            {
                // Another instance stored it first.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
