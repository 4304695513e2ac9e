using CsvHelper;

namespace Kinerja.Measurements.BulkEntry;

/// <summary>
/// Reads a CSV sheet. The separator is detected (Indonesian spreadsheet exports often use semicolons); row numbers are
/// the file's line numbers, so they match what the operator sees in a spreadsheet.
/// </summary>
internal static class CsvSheetReader
{
    public static RealisationSheet Read(TextReader text)
    {
        var options = CsvReaderOptions.Default with { HasHeader = false, TrackLineNumbers = true };
        using var reader = CsvReader.Create(text, options, leaveOpen: true);
        if (!reader.Read())
        {
            return RealisationSheet.Unreadable("The file is empty.");
        }
        var (columns, errors) = SheetColumns.ReadHeader(reader.Current.ToArray());
        if (errors.Count > 0)
        {
            return new RealisationSheet([], errors.Select(e => e with { Row = (int)reader.LineNumber }).ToArray());
        }
        var rows = new List<SheetRow>();
        while (reader.Read())
        {
            if (SheetColumns.ToRow((int)reader.LineNumber, columns, reader.Current.ToArray()) is { } row)
            {
                rows.Add(row);
            }
        }
        return new RealisationSheet(rows, []);
    }
}
