using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Directives.Api.Tests;

/// <summary>The obligations register over HTTP: filters, paging, counts, evidence, errors and the two exports.</summary>
public sealed class ObligationApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    async Task<(HttpStatusCode Status, JsonElement Body)> Get(string url)
    {
        var response = await api.Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task Filters_combine_and_are_diacritic_insensitive()
    {
        var (status, all) = await Get("/api/obligations?page_size=200");
        Assert.Equal(HttpStatusCode.OK, status);
        var (_, page) = await Get("/api/obligations?organization=tra%20vinh&kind=task&assignee=ban%20to%20chuc&page_size=200");
        var items = Items(page).ToList();
        Assert.NotEmpty(items);
        Assert.True(page.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.All(items, o =>
        {
            Assert.Equal("task", o.GetProperty("kind").GetString());
            Assert.Equal("Trà Vinh", o.GetProperty("document").GetProperty("province").GetString());
            Assert.Contains(o.GetProperty("leads").EnumerateArray().Concat(o.GetProperty("supporting").EnumerateArray()),
                b => b.GetString()!.Contains("Ban Tổ chức", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Pages_cover_the_filtered_set_and_counts_add_up()
    {
        var (_, first) = await Get("/api/obligations?organization=Kon%20Tum&page=1&page_size=7");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 7);
        Assert.Equal(7, Items(first).Count());
        var ids = new HashSet<string>();
        for (var p = 1; (p - 1) * 7 < total; p++)
        {
            var (_, page) = await Get($"/api/obligations?organization=Kon%20Tum&page={p}&page_size=7");
            foreach (var o in Items(page)) Assert.True(ids.Add(o.GetProperty("id").GetString()!));
        }
        Assert.Equal(total, ids.Count);
        var counts = first.GetProperty("counts").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetInt32());
        Assert.Equal(total, counts.Values.Sum());
        // Counts stay over the whole filtered set when a status is chosen.
        var (_, overdue) = await Get("/api/obligations?organization=Kon%20Tum&status=overdue");
        Assert.Equal(counts["overdue"], overdue.GetProperty("total").GetInt32());
        Assert.Equal(counts["met"], overdue.GetProperty("counts").GetProperty("met").GetInt32());
        Assert.All(Items(overdue), o => Assert.Equal("overdue", o.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Due_before_and_as_of_narrow_and_move_the_statuses()
    {
        var (_, due) = await Get("/api/obligations?due_before=2019-12-31&page_size=200");
        Assert.NotEmpty(Items(due));
        Assert.All(Items(due), o => Assert.True(string.CompareOrdinal(o.GetProperty("due").GetString(), "2019-12-31") <= 0));
        var (_, early) = await Get("/api/obligations?document=03-NQ/TU&organization=Kon%20Tum&as_of=2018-06-01&kind=target");
        Assert.Equal("2018-06-01", early.GetProperty("asOf").GetString());
        Assert.Contains(Items(early), o => o.GetProperty("status").GetString() == "pending" && o.GetProperty("value").GetDouble() == 60);
    }

    [Fact]
    public async Task One_obligation_carries_its_evidence()
    {
        var (_, page) = await Get("/api/obligations?document=03-NQ/TU&organization=Kon%20Tum&kind=target&page_size=50");
        var id = Items(page).Single(o => o.GetProperty("value").GetDouble() == 60).GetProperty("id").GetString()!;
        var (status, o) = await Get("/api/obligations/" + Uri.EscapeDataString(id));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("not_met", o.GetProperty("status").GetString());
        Assert.Contains("phấn đấu đến năm 2018", o.GetProperty("sentence").GetString());
        var links = o.GetProperty("links").EnumerateArray().ToList();
        Assert.Contains(links, l => l.GetProperty("document").GetProperty("id").GetString() == "seeds:000_2da9ec2d8b833736.txt"
                                    && l.GetProperty("sentence").GetString()!.Contains("45,88%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_id_is_404_and_bad_parameters_are_400_naming_them()
    {
        var (status, body) = await Get("/api/obligations/" + Uri.EscapeDataString("sample:kon-tum:nothing.txt~t1-2"));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("nothing.txt", body.GetProperty("detail").GetString());
        foreach (var (query, parameter) in new[] { ("status=done", "status"), ("due_before=30/6/2023", "due_before"), ("as_of=2023-13-01", "as_of"), ("page=0", "page"), ("page_size=1000", "page_size"), ("kind=goal", "kind") })
        {
            var (s, problem) = await Get("/api/obligations?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, s);
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), query);
        }
        var export = await api.Client.GetAsync("/api/obligations/export.xlsx?status=done");
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
    }

    [Fact]
    public async Task Findings_name_both_numbers()
    {
        var (_, findings) = await Get("/api/obligations/findings?organization=Trà%20Vinh");
        var f = Assert.Single(findings.EnumerateArray(), f => f.GetProperty("document").GetProperty("id").GetString() == "seeds:004_c7a64a1d22b6665a.txt");
        Assert.Equal(3826, f.GetProperty("stated").GetDouble());
        Assert.Equal(3932, f.GetProperty("computed").GetDouble());
    }

    [Fact]
    public async Task Xlsx_export_is_valid_and_reads_back_to_the_same_rows()
    {
        const string filter = "organization=Hòa%20Bình&kind=target";
        var (_, page) = await Get($"/api/obligations?{filter}&page_size=200");
        var expected = Items(page).ToList();
        var response = await api.Client.GetAsync($"/api/obligations/export.xlsx?{filter}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));

        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Contains(sheet.Descendants<Column>(), c => c.CustomWidth?.Value == true && c.Width!.Value > 10);
        var rows = sheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal("STT", header[0]);
        Assert.NotNull(sheet.Descendants<AutoFilter>().SingleOrDefault());
        Assert.Contains("Hạn", header);
        Assert.Contains("Trạng thái", header);
        Assert.Equal(expected.Count, rows.Count - 1);

        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var dueColumn = Column(header.IndexOf("Hạn"));
        for (var i = 0; i < expected.Count; i++)
        {
            var cells = rows[i + 1].Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()));
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), cells["A"].InnerText);
            Assert.Equal(expected[i].GetProperty("id").GetString(), cells[Column(header.IndexOf("Mã"))].InnerText);
            Assert.Equal(expected[i].GetProperty("statusLabel").GetString(), cells[Column(header.IndexOf("Trạng thái"))].InnerText);
            Assert.Equal(expected[i].GetProperty("value").GetDouble(), double.Parse(cells[Column(header.IndexOf("Giá trị"))].CellValue!.Text, CultureInfo.InvariantCulture));
            if (expected[i].GetProperty("due").GetString() is { } due)
            {
                var cell = cells[dueColumn];
                Assert.Null(cell.DataType); // a number, shown through a date format
                Assert.Equal(164u, formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value);
                var day = DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)));
                Assert.Equal(due, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }

    static string Column(int index) => ((char)('A' + index)).ToString();

    [Fact]
    public async Task Csv_export_has_a_bom_and_round_trips_quoted_fields()
    {
        const string filter = "organization=Kon%20Tum&kind=task";
        var (_, page) = await Get($"/api/obligations?{filter}&page_size=200");
        var expected = Items(page).ToList();
        var bytes = await api.Client.GetByteArrayAsync($"/api/obligations/export.csv?{filter}");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var records = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal("STT", records[0][0]);
        Assert.DoesNotContain(records.Skip(1), r => r.Any(cell => cell.Contains(">=", StringComparison.Ordinal)));
        Assert.Equal(expected.Count, records.Count - 1);
        var subject = records[0].IndexOf("Nội dung");
        var sentence = records[0].IndexOf("Câu gốc");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(records[0].Count, records[i + 1].Count);
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), records[i + 1][0]);
            Assert.Equal(expected[i].GetProperty("id").GetString(), records[i + 1][records[0].IndexOf("Mã")]);
            if (expected[i].GetProperty("due").GetString() is { } due)
                Assert.Equal(DateOnly.Parse(due, CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), records[i + 1][records[0].IndexOf("Hạn")]);
            Assert.Equal(Inert(expected[i].GetProperty("subject").GetString()!), records[i + 1][subject]);
            Assert.Equal(Inert(expected[i].GetProperty("sentence").GetString()!), records[i + 1][sentence]);
        }
        // Bulleted sentences ("- Mỗi đảng ủy viên …") are among them: a spreadsheet would read them as formulas.
        Assert.Contains(records.Skip(1), r => r[sentence].StartsWith("'-", StringComparison.Ordinal));
    }

    /// <summary>Text a spreadsheet would run as a formula (= + - @ tab CR first) is written after an apostrophe.</summary>
    static string Inert(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    /// <summary>An RFC 4180 reader, written here so the test does not trust the writer's own code.</summary>
    static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else field.Append(c);
        }
        return records;
    }
}
