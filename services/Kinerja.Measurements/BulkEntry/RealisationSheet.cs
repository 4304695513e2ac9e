namespace Kinerja.Measurements.BulkEntry;

/// <summary>One row of an uploaded sheet as text, numbered as the operator sees it (the header is row 1).</summary>
internal sealed record SheetRow(int Row, string? Indicator, string? Value, string? EvidenceLink, string? Notes, string? Explanation, string? FollowUp);

/// <summary>A problem with one cell of the sheet (row 0 for the file as a whole).</summary>
internal sealed record BulkRowError(int Row, string Column, string Message);

/// <summary>The rows of an uploaded CSV or Excel sheet of realisations, or why it could not be read.</summary>
internal sealed record RealisationSheet(IReadOnlyList<SheetRow> Rows, IReadOnlyList<BulkRowError> Errors)
{
    public static RealisationSheet Unreadable(string message) => new([], [new BulkRowError(0, SheetColumns.File, message)]);
}
