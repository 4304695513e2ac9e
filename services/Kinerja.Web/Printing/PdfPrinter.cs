using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Kinerja.Web.Printing;

/// <summary>Where chromium lives and how long it may take (<c>Printing:Chromium</c>, <c>Printing:TimeoutSeconds</c>).</summary>
internal sealed record PrinterOptions(string Chromium, TimeSpan Timeout)
{
    public static PrinterOptions From(IConfiguration configuration) => new(
        configuration["Printing:Chromium"] ?? "/usr/bin/chromium",
        TimeSpan.FromSeconds(configuration.GetValue("Printing:TimeoutSeconds", 90)));
}

/// <summary>Chromium is not installed, or did not print in time: the caller answers 503 in words.</summary>
internal sealed class PrinterUnavailableException(string message) : Exception(message);

/// <summary>
/// Prints a component as PDF (ADR 0010): the component is rendered here, on the server, with the caller's own
/// data, into a self-contained HTML file (styles inlined) in a private temporary folder; headless chromium reads
/// that file — no URL, cookie or token is handed to it — and writes the PDF. A run that takes too long is killed.
/// </summary>
internal sealed class PdfPrinter(PrinterOptions options, ILogger<PdfPrinter> log)
{
    public bool IsAvailable => File.Exists(options.Chromium);

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            throw new PrinterUnavailableException($"{options.Chromium} is not installed.");
        }
        var folder = Directory.CreateTempSubdirectory("kinerja-print-");
        try
        {
            var input = Path.Combine(folder.FullName, "document.html");
            var output = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllTextAsync(input, html, cancellationToken);
            var start = new ProcessStartInfo(options.Chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                         $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new PrinterUnavailableException($"{options.Chromium} did not start.");
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(options.Timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                throw new PrinterUnavailableException($"Chromium did not print within {options.Timeout.TotalSeconds:0} s.");
            }
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                log.LogWarning("Chromium exited with {Code} without a PDF: {Error}", process.ExitCode, await stderr);
                throw new PrinterUnavailableException($"Chromium exited with code {process.ExitCode} without writing the PDF.");
            }
            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException e)
            {
                log.LogWarning(e, "Could not remove {Folder}", folder.FullName);
            }
        }
    }
}

/// <summary>Renders a component on the server into one self-contained HTML document (print.css inlined) for <see cref="PdfPrinter"/>.</summary>
internal sealed class PrintedHtml(IWebHostEnvironment environment, ILoggerFactory logs)
{
    public async Task<string> RenderAsync<TComponent>(IServiceProvider services, IDictionary<string, object?> parameters, string title, string language)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, logs);
        var body = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        var css = await File.ReadAllTextAsync(Path.Combine(environment.WebRootPath, "print.css"));
        return $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8" /><title>{System.Net.WebUtility.HtmlEncode(title)}</title><style>{css}</style></head>
            <body class="pdf">{body}</body></html>
            """;
    }
}
