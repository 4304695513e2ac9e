using System.Net;
using System.Net.Http.Json;

namespace Kinerja.Measurements.Tests.Api;

[Collection(MeasurementsApiCollection.Name)]
public sealed class Closing_and_reopening_periods(MeasurementsApiFixture api)
{
    // Closing is region-wide: this class has a region of its own.
    private const string Region = "64.03";
    private const string ClosedExchange = "kinerja.measurements.period-closed.v1";
    private const string ReopenedExchange = "kinerja.measurements.period-reopened.v1";

    [Fact]
    public async Task a_closed_period_refuses_entries_until_it_is_reopened_with_a_reason()
    {
        await using var probe = await BusProbe.StartAsync(api.Infrastructure.RabbitMqConnectionString, ClosedExchange, ReopenedExchange);
        var id = $"pk-closing-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var regionOperator = api.Client(People.Operator(Region));
        using var unitOperator = api.Client(People.UnitOperator(Region, Upstream.Unit));
        const string periods = $"/api/measurements/regions/{Region}/periods/2025-Q1";

        (await (await unitOperator.PostAsync(periods + "/closing", null)).ProblemAsync(HttpStatusCode.Forbidden)).Fields().ShouldBe(["region"]);
        var closed = await (await regionOperator.PostAsync(periods + "/closing", null)).OkJsonAsync();
        closed.GetProperty("closed")[0].GetProperty("period").GetString().ShouldBe("2025-Q1");
        (await probe.WaitForAsync(ClosedExchange, m => m.Message.GetProperty("regionCode").GetString() == Region)).Single()
            .Message.GetProperty("period").GetString().ShouldBe("2025-Q1");

        var refused = await unitOperator.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(30m));
        (await refused.ProblemAsync(HttpStatusCode.Conflict)).Fields().ShouldBe(["period"]);
        var withoutReason = await regionOperator.PostAsJsonAsync(periods + "/reopening", new { reason = "" });
        (await withoutReason.ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["reason"]);
        await (await regionOperator.PostAsJsonAsync(periods + "/reopening", new { reason = "Data puskesmas terlambat masuk" })).OkJsonAsync();
        (await probe.WaitForAsync(ReopenedExchange, m => m.Message.GetProperty("regionCode").GetString() == Region)).Single()
            .Message.GetProperty("reason").GetString().ShouldBe("Data puskesmas terlambat masuk");

        var recorded = await unitOperator.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(30m));

        (await recorded.OkJsonAsync()).GetProperty("status").GetString().ShouldBe("AwaitingVerification");
        var state = await (await regionOperator.GetAsync($"/api/measurements/regions/{Region}/periods")).OkJsonAsync();
        state.GetProperty("closed").GetArrayLength().ShouldBe(0);
    }
}
