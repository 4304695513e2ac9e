namespace Kinerja.Measurements.Realisations;

/// <summary>Proof of a realisation (bukti dukung): an uploaded file known by its SHA-256, or a link to where it is kept.</summary>
internal abstract record Evidence
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static readonly ImmutableHashSet<string> AllowedContentTypes = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "application/pdf",
        "image/jpeg",
        "image/png",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "text/csv");

    /// <summary>Adds a message per field that is wrong; the field names are prefixed with <paramref name="field"/>.</summary>
    public abstract void Check(ValidationErrors errors, string field);

    /// <summary>An uploaded file; the service stores its bytes under <see cref="Sha256"/> (lower-case hex).</summary>
    internal sealed record File(string FileName, string ContentType, long SizeBytes, string Sha256) : Evidence
    {
        public override void Check(ValidationErrors errors, string field) => errors
            .Require(!string.IsNullOrWhiteSpace(FileName), $"{field}.fileName", "The file needs a name.")
            .Require(AllowedContentTypes.Contains(ContentType), $"{field}.contentType",
                "Evidence must be a PDF, JPEG, PNG, XLSX, DOCX or CSV file.")
            .Require(SizeBytes is > 0 and <= MaxFileBytes, $"{field}.sizeBytes", "Evidence must be between 1 byte and 10 MiB.")
            .Require(Sha256.Length == 64 && Sha256.All(char.IsAsciiHexDigitLower), $"{field}.sha256",
                "The SHA-256 must be 64 lower-case hexadecimal digits.");
    }

    /// <summary>A link to evidence kept elsewhere (e.g. the region's document system).</summary>
    internal sealed record Link(Uri Url) : Evidence
    {
        public override void Check(ValidationErrors errors, string field) => errors
            .Require(Url.IsAbsoluteUri && (Url.Scheme == Uri.UriSchemeHttps || Url.Scheme == Uri.UriSchemeHttp), $"{field}.url",
                "The evidence link must be an absolute http or https address.");
    }
}
