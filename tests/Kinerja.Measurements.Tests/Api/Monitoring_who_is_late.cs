namespace Kinerja.Measurements.Tests.Api;

[Collection(MeasurementsApiCollection.Name)]
public sealed class Monitoring_who_is_late(MeasurementsApiFixture api)
{
    private const string Region = "64.05";

    [Fact]
    public async Task nothing_reported_is_listed_as_missing_never_as_zero_and_the_queue_holds_what_awaits_verification()
    {
        var unit = $"unit{Guid.NewGuid():N}"[..12];
        var id = $"pk-late-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region) with { UnitId = unit });
        using var operatorClient = api.Client(People.Operator(Region));
        await (await operatorClient.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(26m))).OkJsonAsync();
        using var ministry = api.Client(People.Ministry);

        var late = await (await ministry.GetAsync($"/api/measurements/regions/{Region}/late?period=2025-Q1&unit={unit}")).OkJsonAsync();

        var missing = late.GetProperty("missing").EnumerateArray().ToDictionary(m => m.GetProperty("indicatorCode").GetString()!);
        missing.Keys.Order().ShouldBe(["IK-1", "IK-2"]);
        missing["IK-2"].GetProperty("lateness").GetString().ShouldBe("NotReported");
        missing["IK-2"].GetProperty("reportedValue").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        missing["IK-1"].GetProperty("lateness").GetString().ShouldBe("AwaitingVerification");
        missing["IK-1"].GetProperty("reportedValue").GetDecimal().ShouldBe(26m);
        var progress = late.GetProperty("progress").EnumerateArray().Single();
        progress.GetProperty("due").GetInt32().ShouldBe(2);
        progress.GetProperty("notReported").GetInt32().ShouldBe(1);
        var queue = await (await ministry.GetAsync($"/api/measurements/regions/{Region}/verification-queue?unit={unit}")).OkJsonAsync();
        queue.EnumerateArray().Select(q => q.GetProperty("indicatorCode").GetString()).ShouldBe(["IK-1"]);
    }
}
