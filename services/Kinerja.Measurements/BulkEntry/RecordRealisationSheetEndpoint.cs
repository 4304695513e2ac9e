using Kinerja.EventStore;
using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.Http;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.BulkEntry;

/// <summary>How many realisations a sheet recorded.</summary>
internal sealed record SheetRecorded(int Recorded);

internal static class RecordRealisationSheetEndpoint
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapRecordRealisationSheet(this RouteGroupBuilder api) => api.MapPost("/regions/{region}/units/{unit}/periods/{period}/sheet",
        async (string region, string unit, string period, HttpRequest request, ReadModels reads, MeasurementWriter writer, TimeProvider clock,
            CancellationToken cancellationToken) =>
        {
            if (!RegionCode.TryParse(region, out var code))
            {
                return Refusals.Invalid("region", "A region code such as 64 or 64.02.");
            }
            if (!Period.TryParse(period, out var parsed))
            {
                return Refusals.Invalid("period", "A period such as 2025-Q2, 2025-M03, 2025-S1 or 2025.");
            }
            var caller = Caller.From(request.HttpContext.User);
            if (!caller.CoversRegion(code.Value) || !(caller.Nip is not null || (caller.IsIn(KinerjaRoles.Operator) && caller.CoversUnit(unit))))
            {
                return Refusals.Forbidden("unit", $"Only an operator of unit {unit} or a person responsible in region {code} may upload its realisations.");
            }
            if (await ReadAsync(request, cancellationToken) is not { } sheet)
            {
                return Refusals.Invalid("sheet", "Upload a CSV or .xlsx file as multipart/form-data in the field 'sheet'.");
            }
            var plans = await reads.PlansAsync(code, unit, parsed.Year, cancellationToken);
            var stored = await reads.RealisationsAsync(code, new RealisationFilter(plans, [parsed]), cancellationToken);
            var (periods, _) = await writer.PeriodsAsync(code, cancellationToken);
            var outcome = new RecordRealisationSheet(code, unit, parsed, sheet)
                .Decide(plans, stored.ToDictionary(s => s.Key, s => s.Value.State), periods, clock, caller);
            if (!outcome.IsAccepted)
            {
                var errors = outcome.Errors
                    .GroupBy(e => $"rows[{e.Row}].{e.Column}")
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
                return TypedResults.ValidationProblem(errors, title: "The sheet has errors; nothing was recorded.",
                    extensions: new Dictionary<string, object?> { ["rows"] = outcome.Errors });
            }
            var session = writer.OpenSession(code, caller, "bulk entry");
            foreach (var realisation in outcome.Events.GroupBy(e => e.Key))
            {
                MeasurementWriter.Add(session, realisation.Key.StreamId, stored.TryGetValue(realisation.Key, out var known) ? known.Version : 0,
                    realisation.ToArray(), plans[realisation.Key.AgreementId]);
            }
            try
            {
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (ConcurrencyException conflict)
            {
                return Refusals.Stale(conflict.Actual);
            }
            catch (PeriodClosedMeanwhile closed)
            {
                return Refusals.ClosedMeanwhile(closed);
            }
            return TypedResults.Ok(new SheetRecorded(outcome.Events.Count));
        })
        .DisableAntiforgery()
        .Accepts<IFormFile>("multipart/form-data")
        .WithName("RecordRealisationSheet")
        .WithSummary("Record a unit's realisations for a period from a CSV or .xlsx sheet: all rows or, with any error, none and a per-row report.")
        .Produces<SheetRecorded>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<RealisationSheet?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("sheet") is not { Length: > 0 } upload)
        {
            return null;
        }
        var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var isXlsx = upload.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || string.Equals(upload.ContentType, XlsxType, StringComparison.OrdinalIgnoreCase);
        return isXlsx ? XlsxSheetReader.Read(buffer) : CsvSheetReader.Read(new StreamReader(buffer));
    }
}
