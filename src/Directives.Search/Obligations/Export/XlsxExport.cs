using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Directives.Search.Obligations.Export;

/// <summary>
/// The register as an Excel workbook: one sheet, a bold frozen header row of Vietnamese column names, one row per
/// obligation, days as real dates (serial numbers with a dd/mm/yyyy format), numbers as numbers, set column widths.
/// Text is written inline, so the workbook has no shared-string table to keep in step.
/// </summary>
public static class XlsxExport
{
    public const string SheetName = "Nhiệm vụ, chỉ tiêu";
    const uint DateStyle = 1;
    const uint HeaderStyle = 2;
    const uint WrapStyle = 3;

    public static byte[] Write(IEnumerable<Obligation> obligations)
    {
        ArgumentNullException.ThrowIfNull(obligations);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, ObligationTable.Columns.Select(c => (object?)c.Header), HeaderStyle));
            uint r = 2;
            foreach (var o in obligations) { data.Append(Row(r, ObligationTable.Row(o, (int)r - 1), null)); r++; }
            // A filter button on every header cell, over every row.
            var filter = new AutoFilter { Reference = $"A1:{ColumnName(ObligationTable.Columns.Count - 1)}{Math.Max(1, r - 1)}" };
            sheetPart.Worksheet = new Worksheet(FrozenHeader(), Columns(), data, filter);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>"A", "B", …, "Z", "AA": the letters of a 0-based column.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    static Row Row(uint number, IEnumerable<object?> cells, uint? style)
    {
        var row = new Row { RowIndex = number };
        var col = 0;
        foreach (var value in cells)
        {
            var reference = ColumnName(col++) + number.ToString(CultureInfo.InvariantCulture);
            if (value is null) continue;
            row.Append(value switch
            {
                DateOnly d => new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) },
                double n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
                _ => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = style ?? WrapStyle,
                    InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }
        return row;
    }

    static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>(["A2"]) })
    { WorkbookViewId = 0 });

    static Columns Columns()
    {
        var columns = new Columns();
        for (var i = 0; i < ObligationTable.Columns.Count; i++)
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = ObligationTable.Columns[i].Width, CustomWidth = true });
        return columns;
    }

    static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = false, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 4 });
}
