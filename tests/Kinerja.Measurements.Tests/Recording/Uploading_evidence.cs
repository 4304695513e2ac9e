using System.Security.Cryptography;

namespace Kinerja.Measurements.Tests.Recording;

public class Uploading_evidence
{
    private static readonly byte[] PdfBytes = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF"u8.ToArray();

    [Fact]
    public void an_uploaded_file_is_known_by_its_sha256()
    {
        var (file, errors) = EvidenceUpload.Inspect("laporan-tw1.pdf", "application/pdf", PdfBytes);

        errors.Any.ShouldBeFalse();
        file.ShouldNotBeNull();
        file.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(PdfBytes)));
        file.SizeBytes.ShouldBe(PdfBytes.Length);
    }

    [Fact]
    public void a_file_whose_content_is_not_its_declared_type_is_refused()
    {
        var (file, errors) = EvidenceUpload.Inspect("laporan.pdf", "application/pdf", "MZ\u0090\0 not a pdf"u8);

        file.ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["evidence.contentType"]);
    }

    [Fact]
    public void a_file_of_a_type_not_allowed_or_larger_than_10_MiB_is_refused()
    {
        EvidenceUpload.Inspect("run.exe", "application/x-msdownload", "MZ"u8).Errors.ToDictionary().Keys.ShouldBe(["evidence.contentType"]);

        var big = new byte[(10 * 1024 * 1024) + 1];
        PdfBytes.CopyTo(big, 0);
        EvidenceUpload.Inspect("big.pdf", "application/pdf", big).Errors.ToDictionary().Keys.ShouldBe(["evidence.sizeBytes"]);
    }

    [Theory]
    [InlineData("image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 })]
    [InlineData("image/jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData("text/csv", new byte[] { 0x61, 0x2C, 0x62, 0x0A })]
    public void pictures_sheets_documents_and_csv_are_recognised_by_their_content(string contentType, byte[] content)
    {
        EvidenceUpload.Inspect("bukti", contentType, content).Errors.Any.ShouldBeFalse();
    }
}
