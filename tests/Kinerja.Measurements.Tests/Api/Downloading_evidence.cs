using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Kinerja.Measurements.Tests.Api;

[Collection(MeasurementsApiCollection.Name)]
public sealed class Downloading_evidence(MeasurementsApiFixture api)
{
    private const string Region = "64.06";
    private const string OtherRegion = "64.07";

    [Fact]
    public async Task an_evidence_file_is_downloaded_only_by_callers_covering_a_region_it_was_uploaded_in_or_cited_by()
    {
        var id = $"pk-evidence-scope-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var uploader = api.Client(People.Operator(Region));
        using var colleague = api.Client(People.UnitOperator(Region, Upstream.Unit));
        using var stranger = api.Client(People.Operator(OtherRegion));
        using var ministry = api.Client(People.Ministry);
        var pdf = System.Text.Encoding.UTF8.GetBytes($"%PDF-1.4\nlaporan {id}\n");
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));

        await (await uploader.PostAsync("/api/measurements/evidence", Upload(pdf))).OkJsonAsync();
        await (await colleague.RecordAsync(id, "IK-1", "2025-Q1", new { value = 26m, evidenceSha256 = sha })).OkJsonAsync();

        (await colleague.GetByteArrayAsync($"/api/measurements/evidence/{sha}")).ShouldBe(pdf);
        (await ministry.GetByteArrayAsync($"/api/measurements/evidence/{sha}")).ShouldBe(pdf);
        (await (await stranger.GetAsync($"/api/measurements/evidence/{sha}")).ProblemAsync(HttpStatusCode.Forbidden)).Fields().ShouldBe(["sha256"]);
        (await (await stranger.GetAsync($"/api/measurements/evidence/{new string('0', 64)}")).ProblemAsync(HttpStatusCode.NotFound)).Fields().ShouldBe(["sha256"]);
    }

    [Fact]
    public async Task a_file_not_yet_cited_is_readable_in_the_uploaders_region_only()
    {
        var csv = System.Text.Encoding.UTF8.GetBytes($"indikator,nilai\nIK-1,{Guid.NewGuid():N}\n");
        var sha = Convert.ToHexStringLower(SHA256.HashData(csv));
        using var uploader = api.Client(People.Operator(OtherRegion));
        using var stranger = api.Client(People.Operator(Region));

        await (await uploader.PostAsync("/api/measurements/evidence", Upload(csv, "data.csv", "text/csv"))).OkJsonAsync();

        (await uploader.GetByteArrayAsync($"/api/measurements/evidence/{sha}")).ShouldBe(csv);
        (await (await stranger.GetAsync($"/api/measurements/evidence/{sha}")).ProblemAsync(HttpStatusCode.Forbidden)).Fields().ShouldBe(["sha256"]);
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName = "bukti.pdf", string contentType = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
