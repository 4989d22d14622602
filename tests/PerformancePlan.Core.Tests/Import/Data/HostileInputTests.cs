using System.Text;
using PerformancePlan.Core.Import;
using PerformancePlan.Core.Import.Data;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Import.Data;

/// <summary>Control characters, invalid bytes, out-of-year dates and oversized texts: refused with the line and field, or normalised.</summary>
public class HostileInputTests
{
    private const string Slug = "107-secretariat";
    private const string ExchangesHeader = "date,kind,partner_city_zh,partner_city_en,country_zh,country_en,delegation_size,summary_zh,summary_en,indicator_code,source_url";

    [Fact]
    public void A_vertical_tab_in_a_summary_is_stored_as_a_line_break()
    {
        using var db = new SeededDatabase(withData: false);
        new CsvImport(db.Database).ImportText(Slug, $"{ExchangesHeader}\n2018-05-01,delegation_received,福岡市,Fukuoka,日本,Japan,5,摘要,\"line one\vline two\fthree\",,\n", null, DataFormat.Csv, SeededDatabase.Context);

        var stored = Assert.Single(new PlanReader(db.Database).Load(Slug)!.Exchanges);
        Assert.Equal("line one\nline two\nthree", stored.Summary.En);
        using var c = db.Database.Open();
        Assert.Equal("line one\nline two\nthree", c.Scalar("SELECT summary_en FROM exchanges"));
    }

    [Theory]
    [InlineData("\0", "U+0000")]
    [InlineData("\u0001", "U+0001")]
    [InlineData("\u001B", "U+001B")]
    [InlineData("\u0085", "U+0085")]
    [InlineData("\uFFFF", "U+FFFF")]
    [InlineData("\uFFFE", "U+FFFE")]
    public void A_control_character_in_a_summary_is_refused_with_its_line_and_field_and_nothing_is_written(string control, string code)
    {
        using var db = new SeededDatabase(withData: false);
        var before = DatabaseDump.Of(db.Database);
        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportText(
            Slug, $"{ExchangesHeader}\n2018-05-01,delegation_received,福岡市,Fukuoka,日本,Japan,5,摘要,ok,,\n2018-05-02,delegation_received,福岡市,Fukuoka,日本,Japan,5,摘要,bad{control}text,,\n",
            null, DataFormat.Csv, SeededDatabase.Context));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((3, "summary_en"), (error.Line, error.Field));
        Assert.Contains(code, error.Message.En, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseDump.Of(db.Database));
    }

    [Fact]
    public void An_invalid_byte_in_a_csv_file_is_refused_at_its_own_line()
    {
        using var db = new SeededDatabase(withData: false);
        var before = DatabaseDump.Of(db.Database);
        var file = Path.Combine(db.Temp.Directory, "exchanges.csv");
        File.WriteAllBytes(file, [
            0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"{ExchangesHeader}\n2018-05-01,delegation_received,福岡市,Fukuoka,日本,Japan,5,摘要,ok,,\n2018-05-02,delegation_received,福岡"),
            0xFF, .. Encoding.UTF8.GetBytes(",Fukuoka,日本,Japan,5,摘要,ok,,\n")]);

        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportFile(Slug, file, null, SeededDatabase.Context));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("0xFF", error.Message.En, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseDump.Of(db.Database));
    }

    [Fact]
    public void A_plan_document_with_a_byte_order_mark_and_an_invalid_byte_is_refused_at_its_line()
    {
        using var temp = new TempDatabase();
        var lines = File.ReadAllBytes(SeedFiles.ChinesePath);
        var at = IndexOfLine(lines, 21) + 3;
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(lines[..at]).Append((byte)0xC3).Append((byte)0x28).Concat(lines[at..]).ToArray();
        var path = Path.Combine(temp.Directory, PlanDocumentParser.ChineseFileName);
        File.WriteAllBytes(path, bytes);

        var ex = Assert.Throws<PlanDocumentException>(() => PlanDocumentParser.ParseFiles(path, null, Slug));

        Assert.Equal(21, ex.Line);
        Assert.Contains("0xC3", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_document_with_only_a_byte_order_mark_in_front_is_read()
    {
        using var temp = new TempDatabase();
        var path = Path.Combine(temp.Directory, PlanDocumentParser.ChineseFileName);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(SeedFiles.ChinesePath)]);
        Assert.Equal(15, PlanDocumentParser.ParseFiles(path, null, Slug).Plan.Indicators.Count());
    }

    [Theory]
    [InlineData("esignature", "month,online_signed,electronic_received,paper_signed_online,self_drafted\n1912-03,10,10,10,10\n", "month")]
    [InlineData("esignature", "month,online_signed,electronic_received,paper_signed_online,self_drafted\n2745-03,10,10,10,10\n", "month")]
    [InlineData("exchanges", ExchangesHeader + "\n2019-01-01,delegation_received,福岡市,Fukuoka,日本,Japan,5,摘要,ok,,\n", "date")]
    [InlineData("actuals", "indicator_code,period,value,note_zh,note_en,source,reported_on\n1.1,2017-Q4,8,,,,2018-01-15\n", "period")]
    public void Operational_data_outside_the_plans_fiscal_year_is_refused(string kind, string csv, string field)
    {
        using var db = new SeededDatabase(withData: false);
        var before = DatabaseDump.Of(db.Database);
        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportText(Slug, csv, null, DataFormat.Csv, SeededDatabase.Context));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((2, field), (error.Line, error.Field));
        Assert.Contains("2018", error.Message.En, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseDump.Of(db.Database));
        _ = kind;
    }

    [Theory]
    [InlineData("summary_en", 4001)]
    [InlineData("partner_city_en", 201)]
    public void An_exchange_text_over_its_limit_is_refused(string field, int length)
    {
        using var db = new SeededDatabase(withData: false);
        var text = new string('a', length);
        var row = field == "summary_en"
            ? $"2018-05-01,delegation_received,福岡市,Fukuoka,日本,Japan,5,摘要,{text},,"
            : $"2018-05-01,delegation_received,福岡市,{text},日本,Japan,5,摘要,ok,,";
        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportText(Slug, $"{ExchangesHeader}\n{row}\n", null, DataFormat.Csv, SeededDatabase.Context));
        Assert.Equal(field, Assert.Single(ex.Errors).Field);
    }

    [Fact]
    public void An_actual_note_over_its_limit_is_refused()
    {
        using var db = new SeededDatabase(withData: false);
        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportText(
            Slug, $"indicator_code,period,value,note_zh,note_en,source,reported_on\n1.1,2018-Q4,8,{new string('註', 2001)},,,2019-01-15\n", null, DataFormat.Csv, SeededDatabase.Context));
        Assert.Equal("note_zh", Assert.Single(ex.Errors).Field);
    }

    [Fact]
    public void A_control_character_already_stored_reads_back_replaced_so_no_writer_can_fail_on_it()
    {
        using var db = new SeededDatabase();
        using (var c = db.Database.Open())
        {
            c.Execute("UPDATE exchanges SET summary_en = 'a\vb' || char(0) || 'c' || char(27) WHERE id = (SELECT min(id) FROM exchanges)");
        }

        var exchange = new PlanReader(db.Database).Load(Slug)!.Exchanges.Single(e => e.Summary.En.StartsWith("a\n", StringComparison.Ordinal));
        Assert.Equal("a\nb\uFFFDc\uFFFD", exchange.Summary.En);
    }

    private static int IndexOfLine(byte[] bytes, int line)
    {
        var index = 0;
        for (var n = 1; n < line; n++)
        {
            index = Array.IndexOf(bytes, (byte)'\n', index) + 1;
        }

        return index;
    }
}
