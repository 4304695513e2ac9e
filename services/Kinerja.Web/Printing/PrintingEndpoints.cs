using System.Globalization;
using System.Text;
using Kinerja.Web.Components.Pages.Agreements;
using Kinerja.Web.Localization;

namespace Kinerja.Web.Printing;

/// <summary>The agreement as PDF, and the audit trail as CSV and PDF — each read with the caller's own token.</summary>
internal static class PrintingEndpoints
{
    public static void AddAgreementPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<AgreementsApi>();
        builder.Services.AddSingleton(PrinterOptions.From(builder.Configuration));
        builder.Services.AddSingleton<PdfPrinter>();
        builder.Services.AddSingleton<PrintedHtml>();
    }

    public static void MapAgreementPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/perjanjian/{id}/pdf", async (string id, HttpContext http, AgreementsApi api, PrintedHtml documents, PdfPrinter printer, Texts t) =>
        {
            var document = await PrintedAgreement.LoadAsync(api, id, http.RequestAborted);
            if (document.Problem is { } problem)
            {
                return Refused(problem, t);
            }
            var html = await documents.RenderAsync<AgreementDocument>(http.RequestServices,
                new Dictionary<string, object?> { ["A"] = document.Agreement, ["RegionName"] = document.RegionName },
                $"PK {document.Agreement!.Year} {document.Agreement.Receiver.PositionTitle}", t.Language);
            return await PdfAsync(printer, html, $"perjanjian-kinerja-{document.Agreement.Id}.pdf", t, http.RequestAborted);
        });

        var audit = app.MapGroup("/audit/perjanjian/{id}").RequireAuthorization(policy => policy.RequireRole("auditor", "admin"));
        audit.MapGet("/csv", async (string id, HttpContext http, AgreementsApi api, Texts t) =>
        {
            var trail = await AuditTrail.LoadAsync(api, id, http.RequestAborted);
            if (trail.Problem is { } problem)
            {
                return Refused(problem, t);
            }
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(trail.Csv())).ToArray(),
                "text/csv; charset=utf-8", $"audit-{id}.csv");
        });
        audit.MapGet("/pdf", async (string id, HttpContext http, AgreementsApi api, PrintedHtml documents, PdfPrinter printer, Texts t) =>
        {
            var trail = await AuditTrail.LoadAsync(api, id, http.RequestAborted);
            if (trail.Problem is { } problem)
            {
                return Refused(problem, t);
            }
            var html = await documents.RenderAsync<AuditTrailDocument>(http.RequestServices, new Dictionary<string, object?>
            {
                ["A"] = trail.Agreement, ["Timeline"] = trail.Timeline, ["Chain"] = trail.Chain, ["PrintedAt"] = DateTimeOffset.UtcNow,
            }, $"Audit {id}", t.Language);
            return await PdfAsync(printer, html, $"audit-{id}.pdf", t, http.RequestAborted);
        });
    }

    private static async Task<IResult> PdfAsync(PdfPrinter printer, string html, string name, Texts t, CancellationToken cancellationToken)
    {
        try
        {
            return Results.File(await printer.PrintAsync(html, cancellationToken), "application/pdf", name);
        }
        catch (PrinterUnavailableException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: t["agreements.pdf.unavailable"], detail: e.Message);
        }
    }

    /// <summary>The service's refusal passed on in words, with its status (403, 404 …).</summary>
    private static IResult Refused(ServiceProblem problem, Texts t) =>
        Results.Problem(statusCode: problem.Status, title: problem.Describe(t), detail: problem.Detail);
}

/// <summary>An agreement's audit trail: its current state, every event, and the hash-chain check.</summary>
internal sealed record AuditTrail(AgreementDto? Agreement, IReadOnlyList<TimelineEntry> Timeline, ChainVerification? Chain, ServiceProblem? Problem)
{
    public static async Task<AuditTrail> LoadAsync(AgreementsApi api, string id, CancellationToken cancellationToken)
    {
        var current = await api.GetAsync(id, cancellationToken);
        if (!current.Ok)
        {
            return new AuditTrail(null, [], null, current.Problem);
        }
        var history = await api.HistoryAsync(id, cancellationToken);
        var chain = await api.VerifyAsync(id, cancellationToken);
        return new AuditTrail(current.Value!.Agreement, history.Value ?? [], chain.Value, history.Problem ?? chain.Problem);
    }

    /// <summary>One line per event (RFC 4180 quoting), for spreadsheets.</summary>
    public string Csv()
    {
        var csv = new StringBuilder("version,recorded_at,type,actor,actor_name,summary,reason,decree_number,decree_date\r\n");
        foreach (var e in Timeline)
        {
            string[] fields =
            [
                e.Version.ToString(CultureInfo.InvariantCulture), e.RecordedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), e.Type,
                e.Actor, e.ActorName ?? "", e.Summary, e.Reason ?? "", e.LegalBasis?.DecreeNumber ?? "",
                e.LegalBasis?.DecreeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ];
            csv.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
