using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Load;

/// <summary>
/// Drives the generated regions through the public HTTP APIs, phase by phase (each phase's requests run with
/// <see cref="LoadOptions.Concurrency"/> at a time), and records each phase's latencies, wall time and CPU seconds per component.
/// </summary>
internal sealed class Driver(SystemUnderLoad system, LoadOptions options, IReadOnlyList<RegionModel> regions, EvaluationProbe probe, CpuProfile cpu)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string[] _codes = regions.Select(r => r.Code).ToArray();
    private readonly ConcurrentDictionary<string, string> _verifierTokens = new();
    private string _admin = "", _operator = "", _verifier = "";

    public List<Sample> Phases { get; } = [];
    public Dictionary<string, object> Pipeline { get; } = [];
    /// <summary>Last year: every quarter of it has ended, so all four can be closed (TW IV's close makes the final evaluation).</summary>
    public int Year { get; } = DateTime.UtcNow.Year - 1;
    public int Realisations { get; private set; }
    public int Revisions { get; private set; }
    public int Evaluations { get; private set; }
    public int ReEvaluations { get; private set; }
    /// <summary>Realisations verified after their quarter's close, to their agreement's re-evaluation (the direct path).</summary>
    public Sample LateToReEvaluated { get; } = new("realisation verified after the close → re-evaluation published");
    public int Decisions { get; private set; }
    public Sample Signing { get; } = new("signing (both parties, HTTP)");
    private IEnumerable<GeneratedAgreement> Agreements => regions.SelectMany(r => r.Agreements);
    private HashSet<string> Codes => [.. _codes];

    public async Task RunAsync()
    {
        _admin = system.Token("load-admin", KinerjaRoles.Admin, [KinerjaClaims.AllRegions]);
        _operator = system.Token("load-operator", KinerjaRoles.Operator, _codes);
        _verifier = system.Token("load-verifier", KinerjaRoles.Verifier, _codes);

        await RegistryAsync();
        await EachAgreementAsync("draft", a => PostAsync(Url("agreements", "/api/agreements"), _operator, new
        {
            region = a.Region, year = Year, receiverPositionId = a.Receiver.PositionId, giverPositionId = (string?)null, content = a.Content(false),
        }), (a, answer) => a.Id = answer.GetProperty("agreementId").GetString()!);
        await EachAgreementAsync("submit", a => PostAsync(Url("agreements", $"/api/agreements/{a.Id}/submit"), _operator, null));
        await EachAgreementAsync("verify agreement", a => PostAsync(Url("agreements", $"/api/agreements/{a.Id}/verify"), _admin, null));
        var receiver = await EachAgreementAsync("sign as receiver", a => PostAsync(Url("agreements", $"/api/agreements/{a.Id}/signatures"), _operator,
            new { party = "Receiver", signer = a.ReceiverOfficialId, place = "Tenggarong" }));
        var giver = await EachAgreementAsync("sign as giver (comes into force)", a => PostAsync(Url("agreements", $"/api/agreements/{a.Id}/signatures"), _operator,
            new { party = "Giver", signer = a.GiverOfficialId, place = "Tenggarong" }));
        Signing.Wall = receiver.Wall + giver.Wall;
        Signing.Merge(receiver);
        Signing.Merge(giver);
        await DrainAsync("agreements learned by Measurements");

        var revised = Agreements.Where(a => a.Revised).ToList();
        Revisions = revised.Count;
        await EachAgreementAsync("propose revision", a => PostAsync(Url("agreements", $"/api/agreements/{a.Id}/revisions"), _operator, new
        {
            reason = "ChangeOfProgramActivityOrBudget",
            legalBasis = new { decreeNumber = $"050/{Math.Abs(a.Id.GetHashCode(StringComparison.Ordinal)) % 1000}/{Year}", decreeDate = string.Create(CultureInfo.InvariantCulture, $"{Year}-07-01") },
            content = a.Content(true),
            note = "Uji beban: target TW IV dinaikkan.",
        }), only: revised);
        await EachAgreementAsync("approve revision", a => PostAsync(Url("agreements", $"/api/agreements/{a.Id}/revisions/approve"), _admin, null), only: revised);
        await DrainAsync("revisions learned by Measurements");

        await QuartersAsync();
        await DrainAsync("evaluations decided by SanctionReward", TimeSpan.FromMinutes(20));
        Pipeline["errorQueues"] = await ErrorQueuesAsync();
        foreach (var region in regions)
        {
            var decisions = await GetJsonAsync(Url("sanctionreward", $"/api/decisions?region={region.Code}"), _admin);
            Decisions += decisions.ValueKind == JsonValueKind.Array ? decisions.GetArrayLength() : 0;
        }
    }

    private async Task RegistryAsync()
    {
        var sample = new Sample("registry: region, CSV import, DPA date");
        var cpuStart = cpu.Take();
        var watch = Stopwatch.StartNew();
        foreach (var region in regions)
        {
            await TimedAsync(sample, () => PostAsync(Url("agreements", "/api/regions"), _operator, new { code = region.Code, name = region.Name, headOfRegionTitle = "Bupati" }));
            await TimedAsync(sample, () => SendAsync(HttpMethod.Post, Url("agreements", $"/api/regions/{region.Code}/organisation/import"), _operator,
                new StringContent(region.OrganisationCsv(Year), Encoding.UTF8, "text/csv")));
            await TimedAsync(sample, () => SendAsync(HttpMethod.Put, Url("agreements", $"/api/regions/{region.Code}/budget-approvals/{Year}"), _operator,
                JsonContent.Create(new { approvedOn = string.Create(CultureInfo.InvariantCulture, $"{Year}-01-10") })));
            var organisation = await GetJsonAsync(Url("agreements", $"/api/regions/{region.Code}/organisation"), _operator);
            var holders = organisation.GetProperty("placements").EnumerateArray()
                .GroupBy(p => Text(Either(p, "position", "positionId")))
                .ToDictionary(g => g.Key, g => Text(Either(g.Last(), "official", "officialId")));
            foreach (var agreement in region.Agreements)
            {
                agreement.ReceiverOfficialId = holders[agreement.Receiver.PositionId];
                agreement.GiverOfficialId = agreement.Giver is { } g ? holders[g.PositionId] : null;
            }
        }
        sample.Wall = watch.Elapsed;
        sample.Cpu = cpu.Since(cpuStart);
        Report(sample);
    }

    private async Task QuartersAsync()
    {
        var verifyToClose = new Sample("realisation verified → evaluation published");
        var lateToEvaluated = LateToReEvaluated;
        var lateWindows = TimeSpan.Zero;
        var closeToEvaluated = new Sample("period closed → evaluation published");
        var throughputWindows = TimeSpan.Zero;
        var expected = 0;
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var period = string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{quarter}");
            // Record: one sheet per unit and quarter (the bulk entry endpoint), as an operator of the region.
            var sheets = regions.SelectMany(r => r.Units.Select(u => (Region: r, Unit: u))).ToList();
            var record = new Sample($"record sheets {period} (one per unit)");
            var recordCpu = cpu.Take();
            var recordWatch = Stopwatch.StartNew();
            using (var progress = new Progress(record.Name, sheets.Count))
            {
                await Parallel.ForEachAsync(sheets, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency / 2) }, async (sheet, _) =>
                {
                    var csv = new StringBuilder("indicator,value,evidence_link,notes,explanation,follow_up\n");
                    foreach (var agreement in sheet.Region.Agreements.Where(a => a.Receiver.Unit == sheet.Unit))
                    {
                        foreach (var indicator in agreement.Indicators)
                        {
                            csv.Append(CultureInfo.InvariantCulture,
                                $"{indicator.Id},{agreement.Realisations[indicator.Id][quarter - 1]},https://bukti.example.go.id/{agreement.Id}/{quarter},Uji beban,Kendala lapangan,Percepatan kegiatan\n");
                        }
                    }
                    var form = new MultipartFormDataContent { { new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"), "sheet", "realisasi.csv" } };
                    await TimedAsync(record, () => SendAsync(HttpMethod.Post,
                        Url("measurements", $"/api/measurements/regions/{sheet.Region.Code}/units/{sheet.Unit}/periods/{period}/sheet"), _operator, form));
                    progress.Step();
                });
            }
            record.Wall = recordWatch.Elapsed;
            record.Cpu = cpu.Since(recordCpu);
            Report(record);

            // Verify each realisation as the giver (a verifier with the giver's NIP; the Bupati has none).
            var all = Agreements.SelectMany(a => a.Indicators.Select(i => (Agreement: a, Indicator: i))).ToList();
            // One realisation of every n-th agreement waits for its verification until after the close (a verifier late
            // by a few days): Evaluations re-evaluates that agreement at once — the pipeline's direct path.
            var lateItems = Agreements.Where((_, index) => options.LatePercent > 0 && index % (100 / options.LatePercent) == 0)
                .Select(a => (Agreement: a, Indicator: a.Indicators.Last())).ToList();
            var items = all.Except(lateItems).ToList();
            var verified = new ConcurrentDictionary<string, ConcurrentBag<long>>();
            var verify = new Sample($"verify realisations {period}");
            var verifyStart = Stopwatch.GetTimestamp();
            await VerifyAsync(verify, items, period, (agreement, at) => verified.GetOrAdd(agreement, _ => []).Add(at));
            Realisations += verify.Count;

            // Close the quarter once every RealisationVerified is consumed, as a region closes days after the last
            // verification. Closing while they are still in flight made Evaluations' region evaluation fail with a
            // ConcurrencyException and land in its error queue (2026-12-03, see docs/benchmarks.md).
            await DrainAsync($"verifications of {period} consumed");
            // Close the quarter in every region: Evaluations evaluates every agreement of the region up to it.
            var closedAt = new Dictionary<string, long>();
            var close = new Sample($"close {period}");
            var before = probe.Arrivals.Count;
            var closedRegions = 0;
            var closeCpu = cpu.Take();
            foreach (var region in regions)
            {
                var start = Stopwatch.GetTimestamp();
                if (await TimedAsync(close, () => PostAsync(Url("measurements", $"/api/measurements/regions/{region.Code}/periods/{period}/closing"), _operator, new { })))
                {
                    closedRegions++;
                }
                closedAt[region.Code] = start;
            }
            close.Wall = Stopwatch.GetElapsedTime(closedAt.Values.Min());
            var evaluationCpu = cpu.Take();
            close.Cpu = cpu.Between(closeCpu, evaluationCpu);
            Report(close);
            expected += regions.Take(closedRegions).Sum(r => r.Agreements.Count) * (quarter == 4 ? 2 : 1);
            var waited = Stopwatch.StartNew();
            var lastArrival = Stopwatch.StartNew();
            using (var progress = new Progress($"evaluations published for {period}", expected))
            {
                var last = 0;
                // Gives up after the limit, or when nothing arrived for two minutes (then the report says how many are missing).
                while (probe.CountFor(Codes) < expected && waited.Elapsed < options.EvaluationWait && lastArrival.Elapsed < TimeSpan.FromMinutes(2))
                {
                    await Task.Delay(200);
                    var now = probe.CountFor(Codes);
                    if (now != last)
                    {
                        lastArrival.Restart();
                    }
                    progress.Step(now - last);
                    last = now;
                }
            }
            var arrivals = probe.Arrivals.Skip(before).Where(a => Codes.Contains(a.Region) && !a.Supersedes).ToList();
            // The evaluations the close made, as a phase of its own: from the close's answer until the last arrived.
            var evaluated = new Sample($"evaluations after close {period}") { Wall = waited.Elapsed, Cpu = cpu.Since(evaluationCpu) };
            foreach (var arrival in arrivals)
            {
                evaluated.Add(Stat(closedAt[arrival.Region], arrival.At));
            }
            Report(evaluated);
            foreach (var arrival in arrivals)
            {
                closeToEvaluated.Add(Stat(closedAt[arrival.Region], arrival.At));
                if (arrival.PeriodKind != "Final" && verified.TryGetValue(arrival.AgreementId, out var times))
                {
                    foreach (var time in times)
                    {
                        verifyToClose.Add(Stat(time, arrival.At));
                    }
                }
            }
            if (arrivals.Count > 0)
            {
                throughputWindows += Stopwatch.GetElapsedTime(verifyStart, arrivals.Max(a => a.At));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {period}: {arrivals.Count:N0} evaluations published ({probe.CountFor(Codes):N0}/{expected:N0} in all), last {Stopwatch.GetElapsedTime(closedAt.Values.Min(), arrivals.Count > 0 ? arrivals.Max(a => a.At) : Stopwatch.GetTimestamp()).TotalSeconds:0.0} s after the close"));
            lateWindows += await VerifyAfterTheCloseAsync(lateItems, quarter, period, lateToEvaluated);
        }
        Evaluations = probe.CountFor(Codes);
        ReEvaluations = probe.ReEvaluationsFor(Codes);
        verifyToClose.Wall = throughputWindows;
        closeToEvaluated.Wall = throughputWindows;
        Pipeline["verifiedToEvaluated"] = verifyToClose.ToJson();
        Pipeline["closedToEvaluated"] = closeToEvaluated.ToJson();
        lateToEvaluated.Wall = lateWindows;
        Pipeline["verifiedAfterCloseToReEvaluated"] = lateToEvaluated.ToJson();
        Pipeline["lateRealisationsPerSecond"] = lateWindows > TimeSpan.Zero ? Math.Round(lateToEvaluated.Count / lateWindows.TotalSeconds, 1) : 0;
        Pipeline["realisationsPerSecondVerifyToLastEvaluation"] = Math.Round(Realisations / throughputWindows.TotalSeconds, 1);
        Pipeline["evaluationsExpected"] = expected;
        Pipeline["evaluationsPublished"] = Evaluations;
        Console.WriteLine($"  {verifyToClose}");
        Console.WriteLine($"  {closeToEvaluated}");
        Console.WriteLine($"  {lateToEvaluated}");
    }

    /// <summary>Verifies each item as the agreement's giver (a verifier with the giver's NIP; the Bupati has none).</summary>
    private async Task VerifyAsync(Sample verify, IReadOnlyList<(GeneratedAgreement Agreement, GeneratedIndicator Indicator)> items, string period,
        Action<string, long> verifiedAt)
    {
        var start = Stopwatch.GetTimestamp();
        var cpuStart = cpu.Take();
        using (var progress = new Progress(verify.Name, items.Count))
        {
            await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (item, _) =>
            {
                var token = item.Agreement.Giver?.Nip is { } nip
                    ? _verifierTokens.GetOrAdd(nip, n => system.Token($"verifier-{n}", KinerjaRoles.Verifier, [item.Agreement.Region], n))
                    : _verifier;
                if (await TimedAsync(verify, () => PostAsync(
                    Url("measurements", $"/api/measurements/realisations/{item.Agreement.Id}/{item.Indicator.Id}/{period}/verification"), token, null)))
                {
                    verifiedAt(item.Agreement.Id, Stopwatch.GetTimestamp());
                }
                progress.Step();
            });
        }
        verify.Wall = Stopwatch.GetElapsedTime(start);
        verify.Cpu = cpu.Since(cpuStart);
        Report(verify);
    }

    /// <summary>
    /// Verifies the held-back realisations (one per agreement) after the quarter's evaluations were published, and
    /// waits for each agreement's superseding evaluation of the quarter: verified → evaluation published on the direct
    /// path, without waiting for a close. Returns the window from the first verification to the last re-evaluation.
    /// </summary>
    private async Task<TimeSpan> VerifyAfterTheCloseAsync(IReadOnlyList<(GeneratedAgreement Agreement, GeneratedIndicator Indicator)> items,
        int quarter, string period, Sample latency)
    {
        if (items.Count == 0)
        {
            return TimeSpan.Zero;
        }
        var before = probe.Arrivals.Count;
        var verifiedAt = new ConcurrentDictionary<string, long>();
        var start = Stopwatch.GetTimestamp();
        await VerifyAsync(new Sample($"verify after the close {period} (one realisation of {items.Count:N0} agreements)"), items, period,
            (agreement, at) => verifiedAt[agreement] = at);
        Realisations += verifiedAt.Count;
        var quarterCode = string.Create(CultureInfo.InvariantCulture, $"TW{quarter}");
        Dictionary<string, long> ReEvaluated() => probe.Arrivals.Skip(before)
            .Where(a => a.Supersedes && a.PeriodKind != "Final" && a.Period.EndsWith(quarterCode, StringComparison.Ordinal)
                && verifiedAt.TryGetValue(a.AgreementId, out var at) && a.At >= at)
            .GroupBy(a => a.AgreementId).ToDictionary(g => g.Key, g => g.Min(a => a.At));
        var found = ReEvaluated();
        var lastArrival = Stopwatch.StartNew();
        var waited = Stopwatch.StartNew();
        var waitCpu = cpu.Take();
        using (var progress = new Progress($"re-evaluations published for {period}", verifiedAt.Count))
        {
            while (found.Count < verifiedAt.Count && lastArrival.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(200);
                var now = ReEvaluated();
                if (now.Count != found.Count)
                {
                    lastArrival.Restart();
                }
                progress.Step(now.Count - found.Count);
                found = now;
            }
        }
        // The re-evaluations as a phase of their own: from the last late verification's answer until the last arrived.
        var reevaluated = new Sample($"re-evaluations after late verification {period}") { Wall = waited.Elapsed, Cpu = cpu.Since(waitCpu) };
        foreach (var (agreement, at) in found)
        {
            latency.Add(Stat(verifiedAt[agreement], at));
            reevaluated.Add(Stat(verifiedAt[agreement], at));
        }
        Report(reevaluated);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {period}: {found.Count:N0} of {verifiedAt.Count:N0} late verifications re-evaluated"));
        return found.Count > 0 ? Stopwatch.GetElapsedTime(start, found.Values.Max()) : TimeSpan.Zero;
    }

    private static double Stat(long from, long to) => Sample.Milliseconds(from, to);

    /// <summary>Messages in any service's error queue (a consumer gave up on them), by queue.</summary>
    private async Task<Dictionary<string, long>> ErrorQueuesAsync()
    {
        var faults = new Dictionary<string, long>();
        foreach (var service in SystemUnderLoad.ServiceNames)
        {
            var status = await GetJsonAsync(Url(service, "/ops/status"), _admin);
            foreach (var queue in status.GetProperty("queues").EnumerateArray().Where(q => q.GetProperty("errorMessages").GetInt64() > 0))
            {
                faults[queue.GetProperty("errorQueue").GetString()!] = queue.GetProperty("errorMessages").GetInt64();
            }
        }
        Console.WriteLine(faults.Count == 0 ? "  error queues: all empty" : $"  error queues: {string.Join(", ", faults.Select(f => $"{f.Key} {f.Value}"))}");
        return faults;
    }

    /// <summary>Waits until every service's outbox is sent, projections caught up and queues empty (twice in a row).</summary>
    public async Task DrainAsync(string what, TimeSpan? limit = null)
    {
        var cpuStart = cpu.Take();
        var watch = Stopwatch.StartNew();
        var quiet = 0;
        while (quiet < 2 && watch.Elapsed < (limit ?? TimeSpan.FromMinutes(10)))
        {
            var drained = true;
            foreach (var service in SystemUnderLoad.ServiceNames)
            {
                try
                {
                    var status = await GetJsonAsync(Url(service, "/ops/status"), _admin);
                    drained &= status.GetProperty("store").GetProperty("outbox").GetProperty("pending").GetInt64() == 0
                        && status.GetProperty("store").GetProperty("projections").EnumerateArray().All(p => p.GetProperty("behind").GetInt64() == 0)
                        && status.GetProperty("queues").EnumerateArray().All(q => q.GetProperty("messages").GetInt64() == 0);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or KeyNotFoundException or InvalidOperationException)
                {
                    drained = false;
                }
            }
            quiet = drained ? quiet + 1 : 0;
            if (quiet < 2)
            {
                await Task.Delay(500);
            }
        }
        var sample = new Sample($"drain: {what}") { Wall = watch.Elapsed, Cpu = cpu.Since(cpuStart) };
        Phases.Add(sample);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  drained ({what}) after {watch.Elapsed.TotalSeconds:0.0} s{(quiet < 2 ? " — NOT DRAINED, gave up" : "")}"));
        Console.WriteLine($"    {sample.Cpu}");
    }

    private async Task<Sample> EachAgreementAsync(string phase, Func<GeneratedAgreement, Task<(bool Ok, JsonElement Answer)>> send,
        Action<GeneratedAgreement, JsonElement>? keep = null, IReadOnlyList<GeneratedAgreement>? only = null)
    {
        var agreements = (only ?? Agreements).Where(a => phase == "draft" || a.Id.Length > 0).Where(a => !phase.Contains("giver", StringComparison.Ordinal) || a.GiverOfficialId is not null).ToList();
        var sample = new Sample(phase);
        var cpuStart = cpu.Take();
        var watch = Stopwatch.StartNew();
        using (var progress = new Progress(phase, agreements.Count))
        {
            await Parallel.ForEachAsync(agreements, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (agreement, _) =>
            {
                var start = Stopwatch.GetTimestamp();
                var (ok, answer) = await send(agreement);
                if (ok)
                {
                    sample.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    keep?.Invoke(agreement, answer);
                }
                else
                {
                    sample.Fail();
                }
                progress.Step();
            });
        }
        sample.Wall = watch.Elapsed;
        sample.Cpu = cpu.Since(cpuStart);
        Report(sample);
        return sample;
    }

    private void Report(Sample sample)
    {
        Phases.Add(sample);
        Console.WriteLine($"  {sample}");
        if (sample.Cpu is { } usage)
        {
            Console.WriteLine($"    {usage}");
        }
    }

    private static async Task<bool> TimedAsync(Sample sample, Func<Task<(bool Ok, JsonElement Answer)>> send)
    {
        var start = Stopwatch.GetTimestamp();
        var (ok, _) = await send();
        if (ok)
        {
            sample.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        else
        {
            sample.Fail();
        }
        return ok;
    }

    private string Url(string service, string path) => system.Url(service) + path;

    private Task<(bool Ok, JsonElement Answer)> PostAsync(string url, string token, object? body) =>
        SendAsync(HttpMethod.Post, url, token, body is null ? null : JsonContent.Create(body, options: Json));

    private static int _shownErrors;

    /// <summary>Sends once more after a 5xx or a dropped connection (at most 3 tries); a 4xx is reported and counted as failed.</summary>
    private async Task<(bool Ok, JsonElement Answer)> SendAsync(HttpMethod method, string url, string token, HttpContent? content)
    {
        var body = content is null ? null : await content.ReadAsByteArrayAsync();
        var headers = content?.Headers.ContentType;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = headers;
            }
            try
            {
                using var response = await system.Http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode)
                {
                    return (true, text.Length > 0 && text[0] is '{' or '[' ? JsonDocument.Parse(text).RootElement.Clone() : default);
                }
                if ((int)response.StatusCode < 500 || attempt >= 3)
                {
                    if (Interlocked.Increment(ref _shownErrors) <= 10)
                    {
                        Console.WriteLine($"  ! {method} {url} → {(int)response.StatusCode}: {text[..Math.Min(600, text.Length)]}");
                    }
                    return (false, default);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && attempt < 3)
            {
                // Sent again below.
            }
            await Task.Delay(500 * attempt);
        }
    }

    public async Task<JsonElement> GetJsonAsync(string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await system.Http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static JsonElement Either(JsonElement element, string name, string other) =>
        element.TryGetProperty(name, out var value) ? value : element.GetProperty(other);

    /// <summary>A value object serialised either as its text or as <c>{ "value": … }</c>.</summary>
    private static string Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetProperty("value").GetString()!;

    public IReadOnlyList<GeneratedAgreement> AllAgreements => Agreements.ToList();
}
