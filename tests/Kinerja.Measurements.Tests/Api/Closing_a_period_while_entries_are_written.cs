using System.Net;
using System.Net.Http.Json;
using Npgsql;

namespace Kinerja.Measurements.Tests.Api;

[Collection(MeasurementsApiCollection.Name)]
public sealed class Closing_a_period_while_entries_are_written(MeasurementsApiFixture api)
{
    // Closing is region-wide: this class has a region of its own.
    private const string Region = "64.05";

    /// <summary>
    /// Forces the race: the entry has read TW I as open and decided, but its transaction is held (the test locks the
    /// realisations table) while the closing commits. Without serialising the two, the entry then commits into a closed period.
    /// </summary>
    [Fact]
    public async Task Bug_an_entry_decided_before_a_closing_committed_after_it_is_refused()
    {
        var id = $"pk-race-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var unitOperator = api.Client(People.UnitOperator(Region, Upstream.Unit));
        using var regionOperator = api.Client(People.Operator(Region));

        await using var blocker = new NpgsqlConnection(api.Database);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE measurements.realisations IN EXCLUSIVE MODE", blocker, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }
        var entry = unitOperator.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(30m));
        await Eventually.Until(() => WaitingOnTheTableAsync(blocker, hold), waiting => waiting || entry.IsCompleted, what: "the entry waiting on the held table");
        entry.IsCompleted.ShouldBeFalse("the entry should be held inside its transaction");

        await (await regionOperator.PostAsync($"/api/measurements/regions/{Region}/periods/2025-Q1/closing", null)).OkJsonAsync();
        await hold.RollbackAsync();

        (await (await entry).ProblemAsync(HttpStatusCode.Conflict)).Fields().ShouldBe(["period"]);
        var stored = await (await regionOperator.GetAsync(Http.Realisation(id, "IK-1", "2025-Q1"))).OkJsonAsync();
        stored.GetProperty("status").GetString().ShouldBe("NotReported");
    }

    [Fact]
    public async Task a_closing_and_a_reopening_leave_the_period_open_for_entries_again()
    {
        var id = $"pk-race-reopen-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var unitOperator = api.Client(People.UnitOperator(Region, Upstream.Unit));
        using var regionOperator = api.Client(People.Operator(Region));
        const string periods = $"/api/measurements/regions/{Region}/periods/2025-S2";

        await (await regionOperator.PostAsync(periods + "/closing", null)).OkJsonAsync();
        (await (await unitOperator.RecordAsync(id, "IK-1", "2025-Q4", Http.Value(95m))).ProblemAsync(HttpStatusCode.Conflict)).Fields().ShouldBe(["period"]);
        await (await regionOperator.PostAsJsonAsync(periods + "/reopening", new { reason = "Laporan puskesmas susulan" })).OkJsonAsync();

        (await (await unitOperator.RecordAsync(id, "IK-1", "2025-Q4", Http.Value(95m))).OkJsonAsync()).GetProperty("status").GetString().ShouldBe("AwaitingVerification");
    }

    private static async Task<bool> WaitingOnTheTableAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'measurements.realisations'::regclass", connection, transaction);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
