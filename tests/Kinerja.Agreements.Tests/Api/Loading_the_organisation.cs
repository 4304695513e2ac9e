using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kinerja.Agreements.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>
/// ADR 0049: drafts and signatures read the region's registry from a cached fold plus the events after its version,
/// instead of folding the whole organisation stream (~2,100 events for a region of 35 units × 20 positions) each time.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Loading_the_organisation(InfrastructureFixture infrastructure, ITestOutputHelper output) : InARegion(infrastructure)
{
    private const int Units = 35;
    private const int PositionsPerUnit = 20;

    [Fact]
    public async Task the_cached_registry_equals_the_full_fold_and_the_next_command_sees_a_change_to_the_organisation()
    {
        using var @operator = Api.Operator;
        using (var import = await @operator.PostAsync($"/api/regions/{AgreementsApi.Region}/organisation/import", AgreementsApi.Csv([.. Region()])))
        {
            import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        }
        var streams = Api.Factory.Services.GetRequiredService<AgreementStreams>();
        var region = RegionCode.Parse(AgreementsApi.Region);

        // A draft warms the cache; then the cache and the full fold must agree, version and state.
        await Api.DraftAsync(Guid.NewGuid());
        var (full, fullVersion) = await streams.FoldRegistryAsync(region);
        var (cached, cachedVersion) = await streams.LoadRegistryAsync(region);
        cachedVersion.ShouldBe(fullVersion);
        fullVersion.ShouldBeGreaterThan(Units * PositionsPerUnit * 3);
        ShouldBeTheSame(cached, full);
        output.WriteLine($"organisation stream at version {fullVersion}; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        output.WriteLine($"20 loads: full fold {await TimeAsync(() => streams.FoldRegistryAsync(region))} ms, cached {await TimeAsync(() => streams.LoadRegistryAsync(region))} ms");

        // A unit and its head added after the cache was filled: the very next draft must find the new position.
        using (var import = await @operator.PostAsync($"/api/regions/{AgreementsApi.Region}/organisation/import", AgreementsApi.Csv(
            "dishub,Dinas Perhubungan,,dishub-kepala,Kepala Dinas Perhubungan,II,,197203152000031002,Ir. Perhubungan,Pembina (IV/a),2024-01-02,no")))
        {
            import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        }
        using (var draft = await @operator.PostAsJsonAsync("/api/agreements", new JsonObject
        {
            ["region"] = AgreementsApi.Region, ["year"] = AgreementsApi.Year, ["receiverPositionId"] = "dishub-kepala", ["content"] = AgreementsApi.Content(Guid.NewGuid()),
        }))
        {
            draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
            var id = (await draft.Content.ReadFromJsonAsync<JsonObject>())!["agreementId"]!.GetValue<string>();
            (await Api.GetAsync(id)).GetProperty("receiver").ToString().ShouldContain("Perhubungan");
        }
        var (after, afterVersion) = await streams.LoadRegistryAsync(region);
        var (afterFull, afterFullVersion) = await streams.FoldRegistryAsync(region);
        afterVersion.ShouldBe(afterFullVersion);
        afterVersion.ShouldBeGreaterThan(cachedVersion);
        ShouldBeTheSame(after, afterFull);
    }

    private static async Task<long> TimeAsync(Func<Task<(OrganisationRegistry, long)>> load)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            await load();
        }
        return watch.ElapsedMilliseconds;
    }

    private static void ShouldBeTheSame(OrganisationRegistry actual, OrganisationRegistry expected)
    {
        (actual.Region, actual.Name, actual.HeadOfRegionTitle, actual.IsRegistered).ShouldBe((expected.Region, expected.Name, expected.HeadOfRegionTitle, expected.IsRegistered));
        actual.Units.OrderBy(u => u.Key.Value, StringComparer.Ordinal).ShouldBe(expected.Units.OrderBy(u => u.Key.Value, StringComparer.Ordinal));
        actual.Positions.OrderBy(p => p.Key.Value, StringComparer.Ordinal).ShouldBe(expected.Positions.OrderBy(p => p.Key.Value, StringComparer.Ordinal));
        actual.Officials.OrderBy(o => o.Key.Value, StringComparer.Ordinal).ShouldBe(expected.Officials.OrderBy(o => o.Key.Value, StringComparer.Ordinal));
        actual.Placements.ShouldBe(expected.Placements);
        actual.BudgetApprovalDates.OrderBy(d => d.Key.Value).ShouldBe(expected.BudgetApprovalDates.OrderBy(d => d.Key.Value));
        expected.Positions.Count.ShouldBeGreaterThan(0);
    }

    /// <summary>35 units of 20 positions (head II, 4 × III, 15 × IV), each with its official: as in the load generator.</summary>
    private static IEnumerable<string> Region()
    {
        var n = 0;
        for (var u = 1; u <= Units; u++)
        {
            for (var p = 0; p < PositionsPerUnit; p++)
            {
                var (position, echelon, superior) = p switch
                {
                    0 => ($"u{u}-kepala", "II", ""),
                    <= 4 => ($"u{u}-kabid{p}", "III", $"u{u}-kepala"),
                    _ => ($"u{u}-staf{p}", "IV", $"u{u}-kabid{p % 4 + 1}"),
                };
                var nip = new DateOnly(1960, 1, 1).AddDays(n++).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "1990011001";
                yield return $"u{u},Unit {u},,{position},Jabatan {position},{echelon},{superior},{nip},Pejabat {position},Penata (III/c),2024-01-02,no";
            }
        }
    }
}
