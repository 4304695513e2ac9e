using Kinerja.Measurements.Http;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.UploadingEvidence;

internal static class UploadEvidenceEndpoint
{
    public static void MapEvidence(this RouteGroupBuilder api)
    {
        api.MapPost("/evidence", async (HttpRequest request, EvidenceFiles files, CancellationToken cancellationToken) =>
            {
                var caller = Caller.From(request.HttpContext.User);
                if (!caller.IsIn(KinerjaRoles.Operator) && caller.Nip is null)
                {
                    return Refusals.Forbidden("file", "Only operators and officials (callers with a NIP) upload evidence.");
                }
                if (!request.HasFormContentType)
                {
                    return Refusals.Invalid("file", "Upload the file as multipart/form-data in the field 'file'.");
                }
                var form = await request.ReadFormAsync(cancellationToken);
                if (form.Files.GetFile("file") is not { } upload)
                {
                    return Refusals.Invalid("file", "Upload the file as multipart/form-data in the field 'file'.");
                }
                if (upload.Length > Evidence.MaxFileBytes)
                {
                    return Refusals.Invalid("evidence.sizeBytes", "Evidence must be between 1 byte and 10 MiB.");
                }
                using var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer, cancellationToken);
                var content = buffer.ToArray();
                var (file, errors) = EvidenceUpload.Inspect(upload.FileName, upload.ContentType ?? "", content);
                if (file is null)
                {
                    return errors.ToProblem();
                }
                await files.SaveAsync(file, content, caller, cancellationToken);
                return TypedResults.Created($"/api/measurements/evidence/{file.Sha256}", EvidenceView.Of(file));
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadEvidence")
            .WithSummary("Upload an evidence file (PDF, JPEG, PNG, XLSX, DOCX or CSV, at most 10 MiB); record it by its SHA-256.")
            .Produces<EvidenceView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/evidence/{sha256}", async (string sha256, HttpContext http, EvidenceFiles files, CancellationToken cancellationToken) =>
            {
                var hash = sha256.ToLowerInvariant();
                if (await files.ReadAsync(hash, cancellationToken) is not { } found)
                {
                    return Refusals.NotFound("sha256", "No evidence file with this SHA-256.");
                }
                var caller = Caller.From(http.User);
                var regions = await files.RegionsAsync(hash, cancellationToken);
                return regions.Any(caller.MayRead) || caller.CoversRegion(KinerjaClaims.AllRegions)
                    ? Results.File(found.Content, found.File.ContentType, found.File.FileName)
                    : Refusals.Forbidden("sha256", "The file belongs to realisations of regions your token does not cover.");
            })
            .WithName("DownloadEvidence")
            .WithSummary("Download an uploaded evidence file by its SHA-256: for callers covering a region it was uploaded in or a realisation citing it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
