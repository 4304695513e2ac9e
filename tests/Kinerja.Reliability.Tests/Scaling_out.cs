using System.Diagnostics;
using Kinerja.AppHost.Resources;
using Xunit.Abstractions;

namespace Kinerja.Reliability.Tests;

/// <summary>
/// Issue #9 point 6: a 3-node RabbitMQ cluster with quorum queues and two instances of every service; one node and
/// one instance of each service killed with -9 in the middle of the workload. Nothing is lost or duplicated, and each
/// outbox relay and async projection has exactly one runner at a time, which fails over to the surviving instance.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Full")]
public sealed class Scaling_out(ClusterSystem system, ITestOutputHelper output)
{
    private sealed record Sample(TimeSpan At, string Service, string Lock, IReadOnlyList<(string Name, int Backend)> Holders);

    [Fact]
    public async Task A_RabbitMQ_node_and_one_instance_of_each_service_killed_mid_workload_the_survivors_take_over_and_nothing_is_lost()
    {
        var locks = new Dictionary<string, IReadOnlyList<string>>();
        var before = new Dictionary<(string Service, string Lock), (string Name, int Backend)>();
        foreach (var service in KinerjaSystem.Services)
        {
            locks[service] = await system.LocksAsync(service);
            // Every runner has its leader before the fault: exactly one holder per lock.
            var leaders = await Eventually.Until(() => system.LeadersAsync(service, locks[service]),
                l => l.Count == locks[service].Count && l.Select(x => x.Lock).Distinct().Count() == l.Count,
                TimeSpan.FromMinutes(1), $"{service}: one leader per runner");
            foreach (var (name, holder, backend) in leaders)
            {
                before[(service, name)] = (holder, backend);
            }
        }
        output.WriteLine("leaders before: " + string.Join(", ", before.Select(b => $"{b.Key.Service}/{b.Key.Lock}={b.Value.Name}")));

        // Sample who leads every 250 ms for the whole test.
        var clock = Stopwatch.StartNew();
        var samples = new List<Sample>();
        using var stopSampling = new CancellationTokenSource();
        var sampling = Task.Run(async () =>
        {
            while (!stopSampling.IsCancellationRequested)
            {
                foreach (var service in KinerjaSystem.Services)
                {
                    var at = clock.Elapsed;
                    var leaders = await system.LeadersAsync(service, locks[service]);
                    lock (samples)
                    {
                        samples.AddRange(locks[service].Select(name => new Sample(at, service, name,
                            leaders.Where(l => l.Lock == name).Select(l => (l.Holder, l.Backend)).ToList())));
                    }
                }
                await Task.Delay(250);
            }
        });

        var probe = await QuorumProbe.BindAsync(system, Exchanges.AgreementEvaluated);
        // Each close of the workload publishes a new PeriodClosed (a re-evaluation with unchanged results may publish no
        // new AgreementEvaluated), so this probe is never checked against nothing.
        var closedProbe = await QuorumProbe.BindAsync(system, Exchanges.PeriodClosed);
        // After both probes are bound: every message written from here on must reach them.
        var since = DateTimeOffset.UtcNow;
        var workload = Task.Run(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                await Workload.FullCycleAsync(system, 2000 + i, TimeSpan.FromMinutes(4));
            }
        });
        await Eventually.Until(InFlightAsync, n => n > 0 || workload.IsCompleted, TimeSpan.FromMinutes(1), "work in flight");
        var inFlight = await InFlightAsync();

        // The fault: the first node (every service's bus connected to it first) and, of each service, the instance
        // that leads its outbox relay.
        var node = system.Nodes[0];
        var killed = KinerjaSystem.Services.ToDictionary(s => s, s => before[(s, "outbox")].Name);
        var survivors = killed.ToDictionary(k => k.Key, k => k.Value == k.Key ? ClusterSystem.Instance(k.Key, 2) : k.Key);
        var pids = killed.ToDictionary(k => k.Key, k => system.InstancePid(k.Value) ?? throw new InvalidOperationException($"{k.Value} is not running"));
        var killedAt = clock.Elapsed;
        await node.KillAsync();
        foreach (var pid in pids.Values)
        {
            Posix.Signal(pid, Posix.SigKill);
        }
        output.WriteLine($"killed {node.NodeName} and {string.Join(", ", killed.Values)} at {killedAt.TotalSeconds:0.0} s with {inFlight} in flight");

        await workload;
        await Invariants.SettledAsync(system, limit: TimeSpan.FromMinutes(5));
        var recovered = clock.Elapsed - killedAt;

        var written = await Invariants.EvaluationsWrittenSinceAsync(system, since);
        var received = await probe.DrainAsync();
        var lost = written.Count(id => !received.Contains(id));
        var duplicates = received.Count - received.Distinct().Count();
        var closedWritten = await OutboxIdsSinceAsync("measurements", "kinerja:measurements:period-closed:v1", since);
        var closedReceived = await closedProbe.DrainAsync();
        var closedLost = closedWritten.Count(id => !closedReceived.Contains(id));
        var closedDuplicates = closedReceived.Count - closedReceived.Distinct().Count();
        await stopSampling.CancelAsync();
        await sampling;

        // Exactly one runner at a time: no sample shows a lock held twice, or held by two instances.
        samples.Where(s => s.Holders.Count > 1).ShouldBeEmpty("a leader lock held by more than one session");
        // Failover: every lock the killed instance led is next held by another session (the kill ended the old one), and
        // that session is the surviving instance's, not the killed instance's restarted process; the time until then is
        // the failover time.
        var failovers = new List<double>();
        foreach (var ((service, name), holder) in before.Where(b => b.Value.Name == killed[b.Key.Service]))
        {
            var takeover = samples.FirstOrDefault(s => s.Service == service && s.Lock == name && s.At > killedAt
                && s.Holders.Count == 1 && s.Holders[0].Backend != holder.Backend);
            takeover.ShouldNotBeNull($"{service}/{name} got a new leader after the kill");
            takeover.Holders[0].Name.ShouldBe(survivors[service], $"{service}/{name} was taken over by the surviving instance");
            failovers.Add((takeover.At - killedAt).TotalSeconds);
            output.WriteLine($"{service}/{name}: {holder.Name} -> {takeover.Holders[0].Name} after {(takeover.At - killedAt).TotalSeconds:0.0} s");
        }
        failovers.ShouldNotBeEmpty();
        // And every runner has exactly one leader at the end.
        foreach (var service in KinerjaSystem.Services)
        {
            var leaders = await system.LeadersAsync(service, locks[service]);
            leaders.Select(l => l.Lock).Order().ShouldBe(locks[service].Order(), $"{service}: one leader per runner at the end");
        }
        // The cluster lives on without the killed node.
        (await system.Nodes[1].RunningClusterNodesAsync()).Count.ShouldBe(2);

        lost.ShouldBe(0, "every evaluation message reached the subscriber");
        closedWritten.Count.ShouldBeGreaterThanOrEqualTo(3, "each of the 3 closes published PeriodClosed");
        closedLost.ShouldBe(0, "every PeriodClosed reached the subscriber");
        closedReceived.Where(id => !closedWritten.Contains(id)).ShouldBeEmpty("nothing reached the subscriber that the outbox does not hold");
        // How finely leadership was observed: the longest time between two readings of one service's locks.
        var longestSamplingGap = samples.GroupBy(s => s.Service).Max(g =>
        {
            var times = g.Select(s => s.At).Distinct().Order().ToList();
            return times.Zip(times.Skip(1), (a, b) => (b - a).TotalSeconds).DefaultIfEmpty().Max();
        });
        var figures = $"FIGURES scale-out (3 RabbitMQ nodes, 2 instances each; {node.NodeName} and {string.Join(", ", killed.Values)} killed -9): " +
            $"in flight when the fault hit {inFlight}, leader failover {failovers.Min():0.0}-{failovers.Max():0.0} s ({failovers.Count} runners), " +
            $"recovered (settled) after {recovered.TotalSeconds:0.0} s, evaluations written {written.Count}, " +
            $"PeriodClosed written {closedWritten.Count}, duplicates {closedDuplicates}, lost {closedLost}; " +
            $"AgreementEvaluated duplicate deliveries at the probe {duplicates} (dropped by the inbox), lost {lost}; " +
            $"{samples.Count} readings of a leader lock, never held twice, longest gap between samples {longestSamplingGap:0.0} s";
        output.WriteLine(figures);
        await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "reliability-figures.txt"), $"{DateTime.UtcNow:O} {figures}\n");
    }

    /// <summary>Outbox rows of one message name (stored with or without MassTransit's <c>urn:message:</c> prefix).</summary>
    private async Task<HashSet<string>> OutboxIdsSinceAsync(string service, string messageType, DateTimeOffset since)
    {
        var ids = new HashSet<string>();
        await using var connection = system.Database(service);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT id::text FROM event_store.outbox WHERE message_type LIKE '%' || $1 AND created_at >= $2", connection);
        command.Parameters.AddWithValue(messageType);
        command.Parameters.AddWithValue(since);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private async Task<long> InFlightAsync()
    {
        long total = 0;
        foreach (var service in KinerjaSystem.Services)
        {
            total += await system.ScalarAsync<long>(service, "SELECT count(*) FROM event_store.outbox WHERE sent_at IS NULL");
        }
        return total;
    }
}
