using System.Net.Http.Headers;

namespace Kinerja.Web.Components.Pages.Realisations;

/// <summary>The Measurements service's API as the realisation pages use it (routes in docs/measurements-api.md).</summary>
internal sealed class MeasurementsApi(HttpClient client)
{
    public static MeasurementsApi From(IHttpClientFactory clients) => new(clients.CreateClient("measurements"));

    private const string Root = "/api/measurements";

    public Task<ServiceAnswer<EntryGrid>> GridAsync(string region, string unit, string period, CancellationToken ct) =>
        ServiceCalls.GetAsync<EntryGrid>(client, $"{Root}/regions/{region}/units/{Uri.EscapeDataString(unit)}/grid?period={period}", ct);

    public Task<ServiceAnswer<MeasurementPlan>> PlanAsync(string agreementId, CancellationToken ct) =>
        ServiceCalls.GetAsync<MeasurementPlan>(client, $"{Root}/agreements/{Uri.EscapeDataString(agreementId)}", ct);

    public Task<ServiceAnswer<ClosedPeriods>> ClosedPeriodsAsync(string region, CancellationToken ct) =>
        ServiceCalls.GetAsync<ClosedPeriods>(client, $"{Root}/regions/{region}/periods", ct);

    public Task<ServiceAnswer<QueuedRealisation[]>> QueueAsync(string region, CancellationToken ct) =>
        ServiceCalls.GetAsync<QueuedRealisation[]>(client, $"{Root}/regions/{region}/verification-queue", ct);

    public Task<ServiceAnswer<RealisationDetail>> RealisationAsync(string agreementId, string indicatorId, string period, CancellationToken ct) =>
        ServiceCalls.GetAsync<RealisationDetail>(client, Route(agreementId, indicatorId, period), ct);

    public Task<ServiceAnswer<LateRealisations>> LateAsync(string region, string period, CancellationToken ct) =>
        ServiceCalls.GetAsync<LateRealisations>(client, $"{Root}/regions/{region}/late?period={period}", ct);

    public Task<ServiceAnswer<RealisationDetail>> RecordAsync(string agreementId, string indicatorId, string period, RealisationEntry entry, CancellationToken ct) =>
        ServiceCalls.PostAsync<RealisationDetail>(client, Route(agreementId, indicatorId, period), entry, ct);

    public Task<ServiceAnswer<RealisationDetail>> VerifyAsync(string agreementId, string indicatorId, string period, CancellationToken ct) =>
        ServiceCalls.PostAsync<RealisationDetail>(client, $"{Route(agreementId, indicatorId, period)}/verification", new { }, ct);

    public Task<ServiceAnswer<RealisationDetail>> ReturnAsync(string agreementId, string indicatorId, string period, string comment, CancellationToken ct) =>
        ServiceCalls.PostAsync<RealisationDetail>(client, $"{Route(agreementId, indicatorId, period)}/return", new { comment }, ct);

    /// <summary>Stores an evidence file; the answer names its SHA-256 for the realisation to cite.</summary>
    public Task<ServiceAnswer<EvidenceFile>> UploadEvidenceAsync(string fileName, string contentType, Stream content, CancellationToken ct) =>
        ServiceCalls.SendAsync<EvidenceFile>(client, new HttpRequestMessage(HttpMethod.Post, $"{Root}/evidence")
        {
            Content = Multipart("file", fileName, contentType, content),
        }, ct);

    /// <summary>Records a unit's sheet for a period: every row, or none and the per-row errors.</summary>
    public Task<ServiceAnswer<SheetRecorded>> UploadSheetAsync(string region, string unit, string period, string fileName, string contentType,
        Stream content, CancellationToken ct) =>
        ServiceCalls.SendAsync<SheetRecorded>(client, new HttpRequestMessage(HttpMethod.Post,
            $"{Root}/regions/{region}/units/{Uri.EscapeDataString(unit)}/periods/{period}/sheet")
        {
            Content = Multipart("sheet", fileName, contentType, content),
        }, ct);

    /// <summary>Fetches an evidence file with the caller's token, for the browser (which has no token of its own).</summary>
    public async Task<HttpResponseMessage> EvidenceAsync(string sha256, CancellationToken ct) =>
        await client.GetAsync($"{Root}/evidence/{Uri.EscapeDataString(sha256)}", HttpCompletionOption.ResponseHeadersRead, ct);

    private static string Route(string agreementId, string indicatorId, string period) =>
        $"{Root}/realisations/{Uri.EscapeDataString(agreementId)}/{Uri.EscapeDataString(indicatorId)}/{period}";

    private static MultipartFormDataContent Multipart(string field, string fileName, string contentType, Stream content)
    {
        var file = new StreamContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, field, fileName } };
    }
}

internal sealed record GridCell(string AgreementId, string? AgreementKey, string IndicatorId, string IndicatorCode, string IndicatorName,
    string UnitOfMeasure, string Frequency, string Period, string PeriodLabel, string? Target, int? TargetVersion, string Status,
    decimal? Value, decimal? CountedValue, long Version, bool Closed);

internal sealed record EntryGrid(string Region, string UnitId, string Period, IReadOnlyList<GridCell> Cells);

internal sealed record PlannedIndicator(string Id, string Code, string Name, string UnitOfMeasure, string ValueKind, string Polarity, string Frequency);

internal sealed record MeasurementPlan(string AgreementId, string? AgreementKey, string UnitId, int Year, string ReceiverName, string Status,
    IReadOnlyList<PlannedIndicator> Indicators);

internal sealed record ClosedPeriod(string Period, string Label);

internal sealed record ClosedPeriods(string Region, IReadOnlyList<ClosedPeriod> Closed);

internal sealed record QueuedRealisation(string AgreementId, string? AgreementKey, string UnitId, string IndicatorId, string IndicatorCode,
    string IndicatorName, string Period, string PeriodLabel, int EntryNumber, decimal Value, string? Target, string EnteredBy,
    DateTimeOffset EnteredAt, long Version);

internal sealed record Evidence(string Kind, string? Url, string? Sha256, string? FileName);

internal sealed record Entry(int Number, decimal Value, Evidence? Evidence, string? Notes, string? GapExplanation, string? FollowUpAction, string? Target);

internal sealed record RealisationDetail(string AgreementId, string IndicatorId, string Period, string Status, long Version, IReadOnlyList<Entry> Entries);

/// <summary>What the entry form sends: the value, its evidence (a link, or an uploaded file's SHA-256) and, below target, the explanation.</summary>
internal sealed record RealisationEntry(decimal? Value, string? EvidenceUrl, string? EvidenceSha256, string? Notes, string? GapExplanation, string? FollowUpAction);

internal sealed record EvidenceFile(string Sha256, string? FileName);

internal sealed record SheetRecorded(int Recorded);

internal sealed record LateRealisation(string UnitId, string ReceiverName, string IndicatorCode, string IndicatorName, string PeriodLabel, string Lateness);

internal sealed record UnitProgress(string UnitId, int Due, int Counting, int NotReported, int AwaitingVerification, int Returned);

internal sealed record LateRealisations(string Region, string Period, IReadOnlyList<LateRealisation> Missing, IReadOnlyList<UnitProgress> Progress);
