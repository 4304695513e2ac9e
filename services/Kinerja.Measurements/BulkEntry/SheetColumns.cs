namespace Kinerja.Measurements.BulkEntry;

/// <summary>The columns of a realisation sheet, under their English or Indonesian headers.</summary>
internal static class SheetColumns
{
    public const string File = "file";
    public const string Indicator = "indicator";
    public const string Value = "value";
    public const string EvidenceLink = "evidence_link";
    public const string Notes = "notes";
    public const string Explanation = "explanation";
    public const string FollowUp = "follow_up";

    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        ["indicator"] = Indicator, ["indicator_code"] = Indicator, ["indicator_id"] = Indicator, ["indikator"] = Indicator, ["kode_indikator"] = Indicator,
        ["value"] = Value, ["realisasi"] = Value, ["nilai"] = Value,
        ["evidence_link"] = EvidenceLink, ["evidence"] = EvidenceLink, ["bukti"] = EvidenceLink, ["link_bukti"] = EvidenceLink,
        ["notes"] = Notes, ["catatan"] = Notes,
        ["explanation"] = Explanation, ["gap_explanation"] = Explanation, ["penjelasan"] = Explanation,
        ["follow_up"] = FollowUp, ["follow_up_action"] = FollowUp, ["tindak_lanjut"] = FollowUp,
    };

    /// <summary>Reads the header row into the column each position holds (null for a column we do not use).</summary>
    public static (string?[] Columns, IReadOnlyList<BulkRowError> Errors) ReadHeader(IReadOnlyList<string?> header)
    {
        var columns = header.Select(h => Headers.GetValueOrDefault(Normalise(h))).ToArray();
        var errors = new[] { Indicator, Value }
            .Where(required => !columns.Contains(required))
            .Select(missing => new BulkRowError(1, missing, $"The header row has no '{missing}' column."))
            .ToArray();
        return (columns, errors);
    }

    /// <summary>A data row; null when every cell is blank.</summary>
    public static SheetRow? ToRow(int row, string?[] columns, IReadOnlyList<string?> cells)
    {
        string? Cell(string column)
        {
            var index = Array.IndexOf(columns, column);
            var text = index >= 0 && index < cells.Count ? cells[index]?.Trim() : null;
            return string.IsNullOrEmpty(text) ? null : text;
        }
        var sheetRow = new SheetRow(row, Cell(Indicator), Cell(Value), Cell(EvidenceLink), Cell(Notes), Cell(Explanation), Cell(FollowUp));
        return sheetRow with { Row = 0 } == new SheetRow(0, null, null, null, null, null, null) ? null : sheetRow;
    }

    /// <summary>The column a domain field's problem belongs in.</summary>
    public static string ForField(string field) => field switch
    {
        "value" => Value,
        "notes" => Notes,
        "gapExplanation" => Explanation,
        "followUpAction" => FollowUp,
        _ when field.StartsWith("evidence", StringComparison.Ordinal) => EvidenceLink,
        _ => Indicator,
    };

    private static string Normalise(string? header) =>
        (header ?? "").Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
