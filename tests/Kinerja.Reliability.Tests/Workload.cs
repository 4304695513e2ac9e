using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Kinerja.Reliability.Tests;

/// <summary>
/// A scripted workload through the public APIs, with the demo users of README. <see cref="CycleAsync"/> reopens and
/// closes the demo region's first quarter; <see cref="FullCycleAsync"/> is the workload of issue #9: an agreement
/// drafted, submitted, verified, signed, revised and the revision approved (Agreements); the quarter reopened,
/// a missing realisation recorded and verified, one awaiting verification verified, a verified one corrected and
/// verified again (Measurements), a proposed decision approved (SanctionReward) and the quarter closed — which
/// Evaluations evaluates and SanctionReward decides on. Every step is retried until it lands (a service may be down on
/// purpose) and written so that a retry after a lost answer changes nothing twice.
/// </summary>
public static class Workload
{
    public const string Region = "64.02";
    public static string Period => $"{KinerjaSystem.Year}-Q1";

    private static readonly string[] Units =
        ["bappeda", "bkb", "bkd", "bkpp", "blhd", "bpmd", "dinkes", "disbun", "disdik", "disnak", "distan", "dkp", "dpu", "p3a", "perindagkop"];
    private static readonly string[] Positions = ["kabid", "sekretaris", "kasubbag-umum"];
    private static int _positions = -1;

    /// <summary>One reopen-and-close cycle; retries a refused or failed call (a service may be down on purpose) until it lands.</summary>
    public static async Task CycleAsync(KinerjaSystem system, int cycle, TimeSpan? limit = null)
    {
        using var http = system.Client("operator-6402");
        var periods = $"{system.Url("measurements")}/api/measurements/regions/{Region}/periods/{Period}";
        await UntilAsync(() => http.PostAsJsonAsync($"{periods}/reopening", new { reason = $"reliability cycle {cycle}: a correction was found" }), limit);
        await UntilAsync(() => http.PostAsJsonAsync($"{periods}/closing", new { }), limit);
    }

    /// <summary>What one <see cref="FullCycleAsync"/> did: the agreement it signed and revised, the realisations it touched.</summary>
    public sealed record CycleReport(string AgreementId, string? Recorded, string? Verified, string Corrected, string? ApprovedDecision);

    /// <summary>
    /// One cycle of the whole workload (every service written to); each cycle signs and revises an agreement for another
    /// echelon III/IV position of the demo region (45 of them; a system takes at most 45 cycles).
    /// </summary>
    public static async Task<CycleReport> FullCycleAsync(KinerjaSystem system, int cycle, TimeSpan? limit = null)
    {
        var index = Interlocked.Increment(ref _positions);
        var position = $"6402-{Units[index % Units.Length]}-{Positions[index / Units.Length % Positions.Length]}";
        var agreement = await SignAndReviseAsync(system, position, cycle, limit);

        using var @operator = system.Client("operator-6402");
        using var verifier = system.Client("verifier-6402");
        var measurements = $"{system.Url("measurements")}/api/measurements";
        var periods = $"{measurements}/regions/{Region}/periods/{Period}";
        await UntilAsync(() => @operator.PostAsJsonAsync($"{periods}/reopening", new { reason = $"reliability cycle {cycle}: a correction was found" }), limit);

        // Who is late: a missing realisation is recorded (then verified), one awaiting verification is verified.
        var late = await ReadAsync(@operator, $"{measurements}/regions/{Region}/late?period={Period}", limit);
        // Only the demo's unit heads' agreements (giver: the Bupati, who has no NIP, so the region's verifier verifies);
        // the workload's own agreements have a head of unit with a NIP as giver.
        var missing = late.GetProperty("missing").EnumerateArray()
            .Where(m => m.GetProperty("agreementKey").GetString()!.StartsWith($"6402-{KinerjaSystem.Year}-", StringComparison.Ordinal)).ToList();
        string Route(JsonElement item) =>
            $"{measurements}/realisations/{item.GetProperty("agreementId").GetString()}/{item.GetProperty("indicatorId").GetString()}/{item.GetProperty("period").GetString()}";
        string? recorded = null, verified = null;
        if (missing.FirstOrDefault(m => m.GetProperty("lateness").GetString() == "NotReported") is { ValueKind: JsonValueKind.Object } notReported)
        {
            recorded = Route(notReported);
            await UntilAsync(() => @operator.PostAsJsonAsync(recorded, new
            {
                value = 1, evidenceUrl = $"https://bukti.example.go.id/reliability/{cycle}.pdf", notes = $"reliability cycle {cycle}",
                gapExplanation = "Data terlambat masuk dari lapangan.", followUpAction = "Pendampingan pengumpulan data.",
            }), limit);
            await UntilAsync(() => verifier.PostAsync($"{recorded}/verification", null), limit);
        }
        if (missing.FirstOrDefault(m => m.GetProperty("lateness").GetString() == "AwaitingVerification") is { ValueKind: JsonValueKind.Object } awaiting)
        {
            verified = Route(awaiting);
            await UntilAsync(() => verifier.PostAsync($"{verified}/verification", null), limit);
        }

        // A verified realisation of the public works unit corrected (If-Match: a retry after a lost answer is a 409) and verified again.
        var grid = await ReadAsync(@operator, $"{measurements}/regions/{Region}/units/6402-dpu/grid?period={Period}", limit);
        var cells = grid.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("status").GetString() == "Verified").ToList();
        cells.ShouldNotBeEmpty("the demo's public works unit has verified realisations in the first quarter");
        var cell = cells[cycle % cells.Count];
        var corrected = Route(cell);
        var old = cell.GetProperty("countedValue").GetDecimal();
        var value = old >= 1 ? old - 1 : old + 1;
        var version = cell.GetProperty("version").GetInt64().ToString(CultureInfo.InvariantCulture);
        await UntilAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{corrected}/correction")
            {
                Content = JsonContent.Create(new
                {
                    value, evidenceUrl = $"https://bukti.example.go.id/reliability/{cycle}-koreksi.pdf", reason = $"reliability cycle {cycle}: salah ketik",
                    gapExplanation = "Data lapangan dikoreksi.", followUpAction = "Verifikasi ulang data lapangan.",
                }),
            };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
            return await @operator.SendAsync(request);
        }, limit);
        await UntilAsync(() => verifier.PostAsync($"{corrected}/verification", null), limit);

        // The region's verifier approves one proposed decision (a second approval is a 409).
        var decisions = await ReadAsync(verifier, $"{system.Url("sanctionreward")}/api/decisions?region={Region}&status=Proposed", limit);
        string? approved = null;
        if (decisions.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } proposed)
        {
            approved = proposed.GetProperty("id").GetString();
            await UntilAsync(() => verifier.PostAsync($"{system.Url("sanctionreward")}/api/decisions/{approved}/approve", null), limit);
        }

        await UntilAsync(() => @operator.PostAsJsonAsync($"{periods}/closing", new { }), limit);
        return new CycleReport(agreement, recorded, verified, corrected, approved);
    }

    /// <summary>
    /// Drafts an agreement for <paramref name="position"/> (unless one exists: a retried draft whose answer was lost) and takes
    /// it, step by step from its current state, through submit, verify, both signatures, a revision and its approval.
    /// </summary>
    private static async Task<string> SignAndReviseAsync(KinerjaSystem system, string position, int cycle, TimeSpan? limit)
    {
        using var @operator = system.Client("operator-6402");
        using var verifier = system.Client("verifier-6402");
        var agreements = $"{system.Url("agreements")}/api/agreements";
        for (var step = 0; step < 30; step++)
        {
            var rows = await ReadAsync(@operator, $"{agreements}?region={Region}&year={KinerjaSystem.Year}&receiver={position}", limit);
            if (rows.EnumerateArray().FirstOrDefault(r => r.GetProperty("receiverPositionId").GetString() == position) is not { ValueKind: JsonValueKind.Object } row)
            {
                await UntilAsync(() => @operator.PostAsJsonAsync(agreements, new JsonObject
                {
                    ["region"] = Region, ["year"] = KinerjaSystem.Year, ["receiverPositionId"] = position, ["content"] = Content(cycle, 30),
                }), limit);
                continue;
            }
            var id = row.GetProperty("id").GetString()!;
            var agreement = (await ReadAsync(@operator, $"{agreements}/{id}", limit)).GetProperty("agreement");
            var at = $"{agreements}/{id}";
            switch (agreement.GetProperty("status").GetString())
            {
                case "Draft":
                    await UntilAsync(() => @operator.PostAsync($"{at}/submit", null), limit);
                    break;
                case "Submitted":
                    await UntilAsync(() => verifier.PostAsync($"{at}/verify", null), limit);
                    break;
                case "Verified":
                    var signed = agreement.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("party").GetString()).ToList();
                    var party = signed.Contains("Receiver") ? "Giver" : "Receiver";
                    var signer = agreement.GetProperty(party == "Receiver" ? "receiver" : "giver").GetProperty("official").GetString();
                    await UntilAsync(() => @operator.PostAsJsonAsync($"{at}/signatures", new { party, signer, place = "Tenggarong" }), limit);
                    break;
                case "InForce" when agreement.GetProperty("version").GetInt32() >= 2:
                    return id;
                case "InForce" when agreement.GetProperty("pendingRevision").ValueKind == JsonValueKind.Null:
                    await UntilAsync(() => @operator.PostAsJsonAsync($"{at}/revisions", new JsonObject
                    {
                        ["reason"] = "ChangeOfPrioritiesOrAssumptions",
                        ["legalBasis"] = new JsonObject { ["decreeNumber"] = $"050/{cycle}/{KinerjaSystem.Year}", ["decreeDate"] = $"{KinerjaSystem.Year}-06-02" },
                        ["content"] = Content(cycle, 35),
                    }), limit);
                    break;
                case "InForce":
                    await UntilAsync(() => verifier.PostAsync($"{at}/revisions/approve", null), limit);
                    break;
                case var other:
                    throw new InvalidOperationException($"The workload's agreement {id} is {other}.");
            }
        }
        throw new InvalidOperationException($"The workload's agreement for {position} did not reach its revision in 30 steps.");
    }

    /// <summary>One quarterly indicator (a GUID id, as Measurements names indicators) and one program; <paramref name="q4"/> is what a revision changes.</summary>
    private static JsonObject Content(int cycle, decimal q4) => new()
    {
        ["objectives"] = new JsonArray(new JsonObject
        {
            ["statement"] = $"Meningkatnya kualitas layanan (siklus uji {cycle})",
            ["indicators"] = new JsonArray(new JsonObject
            {
                ["id"] = new Guid(cycle, 0, 0, new byte[8]).ToString(),
                ["name"] = "Jumlah layanan yang diselesaikan tepat waktu",
                ["unitOfMeasure"] = "layanan",
                ["polarity"] = "Positive",
                ["consolidation"] = "Sum",
                ["accumulation"] = "PerPeriod",
                ["calculationMethod"] = "Jumlah layanan dalam periode",
                ["dataSource"] = "Aplikasi layanan",
                ["frequency"] = "Quarterly",
                ["personResponsible"] = "Kepala Seksi",
                ["annualTarget"] = new JsonObject { ["value"] = 60 + q4 },
                ["periodTargets"] = new JsonArray(
                    new JsonObject { ["value"] = 10 }, new JsonObject { ["value"] = 20 },
                    new JsonObject { ["value"] = 30 }, new JsonObject { ["value"] = q4 }),
            }),
        }),
        ["programs"] = new JsonArray(new JsonObject { ["name"] = "Program Penunjang Urusan Pemerintahan", ["annualBudget"] = 250_000_000 }),
    };

    /// <summary>A read, retried until the service answers 200.</summary>
    public static async Task<JsonElement> ReadAsync(HttpClient http, string url, TimeSpan? limit = null)
    {
        var body = await Eventually.Until(async () =>
        {
            try
            {
                using var response = await http.GetAsync(url);
                return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return null;
            }
        }, b => b is not null, limit ?? TimeSpan.FromMinutes(3), $"GET {url} to answer 200");
        return JsonDocument.Parse(body!).RootElement.Clone();
    }

    /// <summary>A command is retried only when it did not land (no answer, 5xx); a 409 means the last try did land.</summary>
    private static async Task UntilAsync(Func<Task<HttpResponseMessage>> send, TimeSpan? limit)
    {
        var (status, body) = await Eventually.Until(async () =>
        {
            try
            {
                using var response = await send();
                return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return (0, e.Message);
            }
        }, answer => answer.Item1 is >= 200 and < 500, limit ?? TimeSpan.FromMinutes(3), "the workload's command to land");
        status.ShouldBeOneOf([200, 201, 204, 409], body);
    }
}
