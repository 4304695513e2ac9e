using System.Security.Cryptography;
using System.Text.Unicode;

namespace Kinerja.Measurements.Realisations;

/// <summary>
/// Turns uploaded bytes into <see cref="Evidence.File"/>: hashes them and checks that the content is what its declared
/// type says, so a renamed executable cannot pass as a PDF.
/// </summary>
internal static class EvidenceUpload
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static (Evidence.File? File, ValidationErrors Errors) Inspect(string fileName, string contentType, ReadOnlySpan<byte> content)
    {
        var file = new Evidence.File(fileName, contentType, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)));
        var errors = new ValidationErrors();
        file.Check(errors, "evidence");
        if (!errors.Any && !Matches(contentType.ToLowerInvariant(), content))
        {
            errors.Add("evidence.contentType", $"The file's content is not {contentType}.");
        }
        return (errors.Any ? null : file, errors);
    }

    private static bool Matches(string contentType, ReadOnlySpan<byte> content) => contentType switch
    {
        "application/pdf" => content.StartsWith(Pdf),
        "image/png" => content.StartsWith(Png),
        "image/jpeg" => content.StartsWith(Jpeg),
        "text/csv" => IsText(content),
        // XLSX and DOCX are zip packages.
        _ => content.StartsWith(Zip),
    };

    private static bool IsText(ReadOnlySpan<byte> content) => Utf8.IsValid(content) && !content.Contains((byte)0);
}
