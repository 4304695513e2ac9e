using System.Text;
using Kinerja.Web.SigningIn;

namespace Kinerja.Web.Components.Pages.Realisations;

/// <summary>What the realisation pages serve besides pages: evidence files (fetched with the user's token) and the sheet template.</summary>
internal static class RealisationEndpoints
{
    public static void MapRealisationEndpoints(this IEndpointRouteBuilder app)
    {
        // The browser holds no token for the services, so the front end fetches the file as the signed-in person.
        app.MapGet("/realisasi/bukti/{sha256}", async (string sha256, IHttpClientFactory clients, HttpContext http) =>
        {
            using var answer = await MeasurementsApi.From(clients).EvidenceAsync(sha256, http.RequestAborted);
            if (!answer.IsSuccessStatusCode)
            {
                return Results.Problem(statusCode: (int)answer.StatusCode, title: "The evidence file could not be fetched.");
            }
            var bytes = await answer.Content.ReadAsByteArrayAsync(http.RequestAborted);
            return Results.File(bytes, answer.Content.Headers.ContentType?.ToString() ?? "application/octet-stream",
                answer.Content.Headers.ContentDisposition?.FileNameStar ?? answer.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        }).RequireAuthorization();

        // The template lists the unit's indicators of the period, so the operator only fills in the values.
        app.MapGet("/realisasi/unggah/templat.csv", async (string? unit, string? periode, IHttpClientFactory clients, HttpContext http, UserSession session) =>
        {
            var csv = new StringBuilder("indikator,nilai,link_bukti,catatan,penjelasan,tindak_lanjut\n");
            if (session.CurrentRegion is { } region && unit is not null && ReportingPeriods.IsValid(periode))
            {
                var grid = await MeasurementsApi.From(clients).GridAsync(region.Code, unit, periode!, http.RequestAborted);
                foreach (var code in (grid.Value?.Cells ?? []).Where(c => !c.Closed && c.Status is "NotReported" or "Returned")
                    .Select(c => c.IndicatorCode).Distinct())
                {
                    csv.Append(code).Append(",,,,,\n");
                }
            }
            var name = $"realisasi-{unit ?? "unit"}-{periode ?? "periode"}.csv";
            return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
        }).RequireAuthorization();
    }
}
