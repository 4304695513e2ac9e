namespace Kinerja.EventStore.Tests.Projections;

/// <summary>Keeps the latest target per agreement, in the append transaction.</summary>
internal sealed class LatestTargets : IInlineProjection
{
    public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            if (e.Data is TargetRevised revised)
            {
                await using var command = new NpgsqlCommand("""
                    INSERT INTO latest_targets (agreement_id, target, version) VALUES ($1, $2, $3)
                    ON CONFLICT (agreement_id) DO UPDATE SET target = excluded.target, version = excluded.version
                    """, context.Connection, context.Transaction);
                command.Parameters.AddWithValue(e.StreamId);
                command.Parameters.AddWithValue(revised.Target);
                command.Parameters.AddWithValue(e.Version);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}

internal sealed class RefusingProjection : IInlineProjection
{
    public Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken) =>
        events.Any(e => e.Data is TargetRevised { Target: < 0 })
            ? throw new InvalidOperationException("A negative target is refused.")
            : Task.CompletedTask;
}

[Collection(InfrastructureCollection.Name)]
public sealed class Inline_projections(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task an_inline_projection_is_written_with_the_events_and_rolled_back_with_them()
    {
        await using var store = await TestStores.CreateAsync(infrastructure, options =>
        {
            options.InlineProjections.Add(new LatestTargets());
            options.InlineProjections.Add(new RefusingProjection());
        });
        await TestStores.ExecuteAsync(store, "CREATE TABLE latest_targets (agreement_id text PRIMARY KEY, target numeric NOT NULL, version bigint NOT NULL)");

        await TestStores.DraftAsync(store, "agreement-inline", new TargetRevised("IKU-1", 75m, "initial"));
        (await TestStores.ScalarAsync<decimal>(store, "SELECT target FROM latest_targets WHERE agreement_id = 'agreement-inline'")).ShouldBe(75m);

        await using (var refused = store.OpenSession(TestStores.Operator))
        {
            refused.Append("agreement-inline", 2, new TargetRevised("IKU-1", 90m, "ok"), new TargetRevised("IKU-1", -1m, "bad"));
            await Should.ThrowAsync<InvalidOperationException>(() => refused.SaveChangesAsync());
        }

        (await store.ReadStreamAsync("agreement-inline")).Count.ShouldBe(2);
        (await TestStores.ScalarAsync<decimal>(store, "SELECT target FROM latest_targets WHERE agreement_id = 'agreement-inline'")).ShouldBe(75m);
        (await TestStores.ScalarAsync<long>(store, "SELECT version FROM latest_targets WHERE agreement_id = 'agreement-inline'")).ShouldBe(2);
    }
}
