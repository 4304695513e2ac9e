using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kinerja.Measurements.BulkEntry;

/// <summary>Reads the first worksheet of an Excel (.xlsx) workbook; row numbers are Excel's own.</summary>
internal static class XlsxSheetReader
{
    public static RealisationSheet Read(Stream stream)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            return Read(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            return RealisationSheet.Unreadable("The file is not an Excel (.xlsx) workbook.");
        }
    }

    private static RealisationSheet Read(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart;
        var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || first?.Id?.Value is not { } id)
        {
            return RealisationSheet.Unreadable("The workbook has no worksheet.");
        }
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var rows = ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Row>()
            .Select(r => (Number: (int)(r.RowIndex?.Value ?? 0), Cells: CellsOf(r, shared)))
            .ToArray();
        if (rows.Length == 0)
        {
            return RealisationSheet.Unreadable("The worksheet is empty.");
        }
        var (columns, errors) = SheetColumns.ReadHeader(rows[0].Cells);
        if (errors.Count > 0)
        {
            return new RealisationSheet([], errors.Select(e => e with { Row = rows[0].Number }).ToArray());
        }
        var sheetRows = rows.Skip(1).Select(r => SheetColumns.ToRow(r.Number, columns, r.Cells)).OfType<SheetRow>().ToArray();
        return new RealisationSheet(sheetRows, []);
    }

    // Cells may be missing from a row (blank ones are not stored), so place each by its reference (A1 → column 0).
    private static string?[] CellsOf(Row row, string[] shared)
    {
        var cells = row.Elements<Cell>().Select(c => (Column: ColumnOf(c.CellReference?.Value), Text: TextOf(c, shared))).ToArray();
        var result = new string?[cells.Length == 0 ? 0 : cells.Max(c => c.Column) + 1];
        foreach (var (column, text) in cells)
        {
            result[column] = text;
        }
        return result;
    }

    private static int ColumnOf(string? reference) =>
        (reference ?? "A").TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, letter) => (n * 26) + (char.ToUpperInvariant(letter) - 'A' + 1)) - 1;

    private static string? TextOf(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Length ? shared[index] : null;
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }
        return cell.CellValue?.Text;
    }
}
