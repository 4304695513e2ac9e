using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kinerja.Measurements.Tests.Support;

/// <summary>
/// Writes a small .xlsx workbook the way Excel does: text in the shared string table, numbers as numbers, blank cells
/// left out. A decimal becomes a number cell; a string beginning with '~' becomes an inline string (as some exporters write).
/// </summary>
internal static class XlsxFixture
{
    public static MemoryStream Workbook(params object?[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { } value)
                    {
                        row.Append(CellOf(value, $"{(char)('A' + c)}{r + 1}", shared.SharedStringTable));
                    }
                }
                data.Append(row);
            }
            worksheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Realisasi" }));
            workbook.Workbook.Save();
        }
        stream.Position = 0;
        return stream;
    }

    private static Cell CellOf(object value, string reference, SharedStringTable shared) => value switch
    {
        decimal number => new Cell
        {
            CellReference = reference,
            DataType = CellValues.Number,
            CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
        },
        string text when text.StartsWith('~') => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text[1..])),
        },
        _ => new Cell
        {
            CellReference = reference,
            DataType = CellValues.SharedString,
            CellValue = new CellValue(Share(shared, value.ToString()!).ToString(CultureInfo.InvariantCulture)),
        },
    };

    private static int Share(SharedStringTable table, string text)
    {
        table.AppendChild(new SharedStringItem(new Text(text)));
        return table.ChildElements.Count - 1;
    }
}
