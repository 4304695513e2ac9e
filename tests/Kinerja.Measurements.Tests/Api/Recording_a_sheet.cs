using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Kinerja.Measurements.Tests.Api;

[Collection(MeasurementsApiCollection.Name)]
public sealed class Recording_a_sheet(MeasurementsApiFixture api)
{
    private const string Region = "64.04";

    /// <summary>A signed agreement of a unit of its own, so each test's sheet sees only its own indicators.</summary>
    private async Task<(string Unit, string AgreementId)> SignedForANewUnitAsync()
    {
        var unit = $"unit{Guid.NewGuid():N}"[..12];
        var id = $"pk-sheet-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region) with { UnitId = unit });
        return (unit, id);
    }

    [Fact]
    public async Task a_sheet_with_a_bad_row_records_nothing_and_reports_the_row()
    {
        var (unit, id) = await SignedForANewUnitAsync();
        using var client = api.Client(People.UnitOperator(Region, unit));
        var url = $"/api/measurements/regions/{Region}/units/{unit}/periods/2025-Q1/sheet";

        var bad = await client.PostAsync(url, Sheet(
            "indicator,value,evidence_link,notes,explanation,follow_up",
            "IK-1,30,https://bukti.example.go.id/1.pdf,,,",
            "IK-2,abc,https://bukti.example.go.id/2.pdf,,,"));

        var errors = await bad.ProblemAsync(HttpStatusCode.BadRequest);
        errors.Fields().ShouldBe(["rows[3].value"]);
        var grid = await (await client.GetAsync($"/api/measurements/regions/{Region}/units/{unit}/grid?period=2025-Q1")).OkJsonAsync();
        grid.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("status").GetString()).ShouldAllBe(s => s == "NotReported");

        var good = await (await client.PostAsync(url, Sheet(
            "indikator;realisasi;bukti;catatan;penjelasan;tindak_lanjut",
            "IK-1;30,5;https://bukti.example.go.id/1.pdf;;;",
            "IK-2;90;https://bukti.example.go.id/2.pdf;;Cuaca ekstrem;Jadwal ulang"))).OkJsonAsync();

        good.GetProperty("recorded").GetInt32().ShouldBe(2);
        grid = await (await client.GetAsync($"/api/measurements/regions/{Region}/units/{unit}/grid?period=2025-Q1")).OkJsonAsync();
        var cells = grid.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("indicatorCode").GetString()!);
        cells["IK-1"].GetProperty("value").GetDecimal().ShouldBe(30.5m);
        cells["IK-2"].GetProperty("status").GetString().ShouldBe("AwaitingVerification");
    }

    [Fact]
    public async Task a_sheet_resubmits_a_returned_realisation_of_its_period_and_leaves_other_periods_alone()
    {
        var (unit, id) = await SignedForANewUnitAsync();
        using var client = api.Client(People.UnitOperator(Region, unit));
        using var superior = api.Client(People.Superior(Region));
        var url = $"/api/measurements/regions/{Region}/units/{unit}/periods/2025-Q1/sheet";
        await (await client.RecordAsync(id, "IK-1", "2025-Q2", Http.Value(55m))).OkJsonAsync();
        await (await client.PostAsync(url, Sheet("indicator,value,evidence_link", "IK-1,30,https://bukti.example.go.id/1.pdf",
            "IK-2,100,https://bukti.example.go.id/2.pdf"))).OkJsonAsync();
        await (await superior.PostAsJsonAsync(Http.Realisation(id, "IK-1", "2025-Q1") + "/return", new { comment = "Lampirkan rekap" })).OkJsonAsync();

        var again = await (await client.PostAsync(url, Sheet("indicator,value,evidence_link", "IK-1,31,https://bukti.example.go.id/1b.pdf"))).OkJsonAsync();

        again.GetProperty("recorded").GetInt32().ShouldBe(1);
        var q1 = await (await client.GetAsync($"/api/measurements/regions/{Region}/units/{unit}/grid?period=2025-Q1")).OkJsonAsync();
        var cells = q1.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("indicatorCode").GetString()!);
        cells["IK-1"].GetProperty("value").GetDecimal().ShouldBe(31m);
        cells["IK-1"].GetProperty("status").GetString().ShouldBe("AwaitingVerification");
        cells["IK-2"].GetProperty("value").GetDecimal().ShouldBe(100m);
        var q2 = await (await client.GetAsync($"/api/measurements/regions/{Region}/units/{unit}/grid?period=2025-Q2")).OkJsonAsync();
        var q2Cells = q2.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("indicatorCode").GetString()!);
        q2Cells["IK-1"].GetProperty("value").GetDecimal().ShouldBe(55m);
        q2Cells["IK-2"].GetProperty("status").GetString().ShouldBe("NotReported");
    }

    private static MultipartFormDataContent Sheet(params string[] lines)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "sheet", "realisasi.csv" } };
    }
}
