using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace Kinerja.Measurements.Tests.Api;

[Collection(MeasurementsApiCollection.Name)]
public sealed class Recording_and_verifying_realisations(MeasurementsApiFixture api)
{
    private const string Region = "64.02";
    private const string VerifiedExchange = "kinerja.measurements.realisation-verified.v1";

    [Fact]
    public async Task a_realisation_recorded_and_verified_is_published_as_RealisationVerified()
    {
        await using var probe = await BusProbe.StartAsync(api.Infrastructure.RabbitMqConnectionString, VerifiedExchange);
        var id = $"pk-verify-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var operatorClient = api.Client(People.Operator(Region));
        using var superior = api.Client(People.Superior(Region));

        var recorded = await (await operatorClient.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(27.5m))).OkJsonAsync();
        recorded.GetProperty("status").GetString().ShouldBe("AwaitingVerification");
        var verified = await (await superior.PostAsync(Http.Realisation(id, "IK-1", "2025-Q1") + "/verification", null)).OkJsonAsync();

        verified.GetProperty("status").GetString().ShouldBe("Verified");
        verified.GetProperty("countedValue").GetDecimal().ShouldBe(27.5m);
        var published = (await probe.WaitForAsync(VerifiedExchange, m => m.Message.GetProperty("agreementKey").GetString() == id)).Single();
        published.MessageTypes.ShouldContain("urn:message:kinerja:measurements:realisation-verified:v1");
        published.Message.GetProperty("indicatorCode").GetString().ShouldBe("IK-1");
        published.Message.GetProperty("period").GetString().ShouldBe("2025-Q1");
        // MassTransit writes decimals as JSON strings.
        decimal.Parse(published.Message.GetProperty("value").ToString(), CultureInfo.InvariantCulture).ShouldBe(27.5m);
        published.Message.GetProperty("evidenceUrl").GetString().ShouldBe("https://bukti.example.go.id/laporan.pdf");
        published.Message.GetProperty("agreementId").GetGuid().ToString().ShouldBe(recorded.GetProperty("agreementId").GetString());
    }

    [Fact]
    public async Task an_uploaded_evidence_file_is_kept_with_its_SHA_256_and_its_content_checked_against_its_type()
    {
        var id = $"pk-evidence-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var client = api.Client(People.Operator(Region));
        var pdf = "%PDF-1.4\nlaporan triwulan\n"u8.ToArray();

        var notPdf = await client.PostAsync("/api/measurements/evidence", Upload([0x89, 0x50, 0x4E, 0x47], "bukti.pdf", "application/pdf"));
        (await notPdf.ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["evidence.contentType"]);
        var uploaded = await (await client.PostAsync("/api/measurements/evidence", Upload(pdf, "bukti.pdf", "application/pdf"))).OkJsonAsync();
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        uploaded.GetProperty("sha256").GetString().ShouldBe(sha);

        var recorded = await (await client.RecordAsync(id, "IK-1", "2025-Q1", new { value = 26m, evidenceSha256 = sha })).OkJsonAsync();
        var evidence = recorded.GetProperty("entries")[0].GetProperty("evidence");
        evidence.GetProperty("kind").GetString().ShouldBe("file");
        evidence.GetProperty("sha256").GetString().ShouldBe(sha);
        (await client.GetByteArrayAsync($"/api/measurements/evidence/{sha}")).ShouldBe(pdf);
        var unknown = await client.RecordAsync(id, "IK-1", "2025-Q2", new { value = 60m, evidenceSha256 = new string('0', 64) });
        (await unknown.ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["evidenceSha256"]);
    }

    [Fact]
    public async Task a_correction_supersedes_the_value_and_the_old_one_stays_in_the_history()
    {
        var id = $"pk-correct-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var client = api.Client(People.Operator(Region));
        await (await client.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(30m))).OkJsonAsync();
        var url = Http.Realisation(id, "IK-1", "2025-Q1") + "/correction";

        var withoutReason = await client.PostAsJsonAsync(url, new { value = 32m, evidenceUrl = "https://bukti.example.go.id/2.pdf" });
        (await withoutReason.ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["reason"]);
        await (await client.PostAsJsonAsync(url, new { value = 32m, evidenceUrl = "https://bukti.example.go.id/2.pdf", reason = "Data puskesmas terlambat" })).OkJsonAsync();

        var history = await (await client.GetAsync(Http.Realisation(id, "IK-1", "2025-Q1"))).OkJsonAsync();
        var entries = history.GetProperty("entries").EnumerateArray().ToArray();
        entries.Select(e => e.GetProperty("value").GetDecimal()).ShouldBe([30m, 32m]);
        entries[1].GetProperty("correctionReason").GetString().ShouldBe("Data puskesmas terlambat");
        history.GetProperty("status").GetString().ShouldBe("AwaitingVerification");
        history.GetProperty("version").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task a_command_with_a_stale_If_Match_is_refused_with_409_and_the_current_version()
    {
        var id = $"pk-stale-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var client = api.Client(People.Operator(Region));
        var recorded = await client.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(30m));
        recorded.Headers.ETag!.Tag.ShouldBe("\"1\"");

        var request = new HttpRequestMessage(HttpMethod.Post, Http.Realisation(id, "IK-1", "2025-Q1") + "/correction")
        {
            Content = JsonContent.Create(new { value = 31m, evidenceUrl = "https://bukti.example.go.id/3.pdf", reason = "Salah ketik" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
        var stale = await client.SendAsync(request);

        var problem = await stale.ProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("currentVersion").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task only_the_giver_verifies_and_only_the_Inspektorat_reviews()
    {
        var id = $"pk-roles-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var operatorClient = api.Client(People.Operator(Region));
        using var otherVerifier = api.Client(People.OtherVerifier(Region));
        using var superior = api.Client(People.Superior(Region));
        using var inspektorat = api.Client(People.Inspektorat(Region));
        var url = Http.Realisation(id, "IK-2", "2025-Q1");
        await (await operatorClient.RecordAsync(id, "IK-2", "2025-Q1", Http.Value(120m))).OkJsonAsync();

        (await (await otherVerifier.PostAsync(url + "/verification", null)).ProblemAsync(HttpStatusCode.Forbidden)).Fields().ShouldBe(["agreementId"]);
        (await (await operatorClient.PostAsync(url + "/verification", null)).ProblemAsync(HttpStatusCode.Forbidden)).Fields().ShouldBe(["agreementId"]);
        (await (await inspektorat.PostAsJsonAsync(url + "/review", new { })).ProblemAsync(HttpStatusCode.Conflict)).Fields().ShouldBe(["status"]);
        await (await superior.PostAsync(url + "/verification", null)).OkJsonAsync();
        (await (await superior.PostAsJsonAsync(url + "/review", new { })).ProblemAsync(HttpStatusCode.Forbidden)).Fields().ShouldBe(["agreementId"]);

        var reviewed = await (await inspektorat.PostAsJsonAsync(url + "/review", new { correctedValue = 118m, note = "Dua kunjungan tercatat ganda" })).OkJsonAsync();

        reviewed.GetProperty("status").GetString().ShouldBe("Reviewed");
        reviewed.GetProperty("countedValue").GetDecimal().ShouldBe(118m);
    }

    [Fact]
    public async Task a_returned_realisation_is_resubmitted_and_verified()
    {
        var id = $"pk-return-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var operatorClient = api.Client(People.Operator(Region));
        using var superior = api.Client(People.Superior(Region));
        var url = Http.Realisation(id, "IK-2", "2025-Q1");
        await (await operatorClient.RecordAsync(id, "IK-2", "2025-Q1", Http.Value(101m))).OkJsonAsync();

        (await (await superior.PostAsJsonAsync(url + "/return", new { comment = " " })).ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["comment"]);
        var returned = await (await superior.PostAsJsonAsync(url + "/return", new { comment = "Lampirkan rekap puskesmas" })).OkJsonAsync();
        returned.GetProperty("lastReturn").GetProperty("comment").GetString().ShouldBe("Lampirkan rekap puskesmas");
        await (await operatorClient.RecordAsync(id, "IK-2", "2025-Q1", Http.Value(102m))).OkJsonAsync();
        var verified = await (await superior.PostAsync(url + "/verification", null)).OkJsonAsync();

        verified.GetProperty("countedValue").GetDecimal().ShouldBe(102m);
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
