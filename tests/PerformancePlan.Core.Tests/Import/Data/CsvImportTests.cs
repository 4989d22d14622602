using PerformancePlan.Core.Import.Data;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Import.Data;

public class CsvImportTests
{
    private static readonly string[] SeedDataFiles = ["actuals.csv", "exchanges.csv", "esignature.csv"];

    private const string ActualsHeader = "indicator_code,period,value,note_zh,note_en,source,reported_on";
    private const string Slug = "107-secretariat";

    [Fact]
    public void The_shipped_files_import_with_their_kind_detected_from_the_header()
    {
        using var db = new SeededDatabase(withData: false);
        var csv = new CsvImport(db.Database);
        var summaries = SeedDataFiles
            .Select(f => csv.ImportFile(Slug, Path.Combine(SeedFiles.PlanFolder, f), null, SeededDatabase.Context))
            .ToList();

        Assert.Equal([OperationalDataKind.Actuals, OperationalDataKind.Exchanges, OperationalDataKind.ESignature], summaries.Select(s => s.Kind));
        Assert.Equal([56, 46, 12], summaries.Select(s => s.Created));
        var snapshot = new PlanReader(db.Database).Load(Slug)!;
        Assert.Equal(56, snapshot.Plan.Indicators.Sum(i => i.Actuals.Count));
        Assert.Equal(46, snapshot.Exchanges.Count);
        Assert.Equal(12, snapshot.ESignatureMonths.Count);
    }

    [Fact]
    public void Importing_the_same_files_again_changes_nothing()
    {
        using var db = new SeededDatabase();
        var dumpBefore = DatabaseDump.Of(db.Database);
        var csv = new CsvImport(db.Database);
        var summaries = SeedDataFiles
            .Select(f => csv.ImportFile(Slug, Path.Combine(SeedFiles.PlanFolder, f), null, SeededDatabase.Context))
            .ToList();

        Assert.Equal([56, 46, 12], summaries.Select(s => s.Unchanged));
        Assert.All(summaries, s => Assert.Equal(0, s.Created + s.Updated));
        Assert.Equal(dumpBefore, DatabaseDump.Of(db.Database));
    }

    [Fact]
    public void A_row_for_an_existing_indicator_and_period_updates_it()
    {
        using var db = new SeededDatabase();
        var summary = new CsvImport(db.Database).ImportText(Slug, $"{ActualsHeader}\n1.1,2018-Q4,8,更正,Corrected,國際事務科統計,2019-01-15\n", null, DataFormat.Csv, SeededDatabase.Context);

        Assert.Equal((1, 0, 1), (summary.Updated, summary.Created, summary.Rows));
        var actual = new PlanReader(db.Database).Load(Slug)!.FindIndicator("1.1")!.LatestActual!;
        Assert.Equal(8m, actual.Value);
        Assert.Equal("Corrected", actual.Note.En);
        Assert.Equal(2L, actual.Version);
    }

    [Fact]
    public void One_bad_row_in_the_middle_means_nothing_is_written_and_every_problem_is_named()
    {
        using var db = new SeededDatabase(withData: false);
        var before = DatabaseDump.Of(db.Database);
        var text = string.Join('\n',
            ActualsHeader,
            "1.1,2018-Q1,1,,,統計,2018-04-10",
            "1.2,2018-Q1,5,,,統計,2018-04-10",
            "9.9,2018-Q5,abc,,,統計,2018-13-01",
            "2.1,2018-Q1,0,,,統計,2018-04-10",
            "2.2,2017-Q1,1,,,統計,2018-04-10",
            "1.1,2018-Q1,2,,,統計,2018-04-10");

        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportText(Slug, text, null, DataFormat.Auto, SeededDatabase.Context));

        Assert.Equal(
            [
                "row 3 (line 4): field 'indicator_code': the plan has no indicator 9.9 (expected one of 1.1, 1.2, 2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 4.1, 5.1, 5.2, 6.1, 6.2, 7.1, 8.1)",
                "row 3 (line 4): field 'period': '2018-Q5' is not a period; expected YYYY-Qn (2018-Q1) or YYYY-MM (2018-03)",
                "row 3 (line 4): field 'value': 'abc' is not a number of 0 or more",
                "row 3 (line 4): field 'reported_on': '2018-13-01' is not a date; expected YYYY-MM-DD (2018-03-14)",
                "row 5 (line 6): field 'period': the period must fall in fiscal year 2018",
                "row 6 (line 7): field 'period': repeats row 1 (1.1 2018-Q1)",
            ],
            ex.Errors.Select(e => e.ToString()));
        Assert.Equal("第 3 筆（第 4 行）：欄位「value」：「abc」不是 0 以上的數字", ex.Errors[2].Describe(Language.ZhTw));
        Assert.Equal((3, 4, "value"), (ex.Errors[2].Row, ex.Errors[2].Line, ex.Errors[2].Field));
        Assert.Equal(before, DatabaseDump.Of(db.Database));
    }

    [Fact]
    public void A_byte_order_mark_and_quoted_fields_with_commas_quotes_and_line_breaks_are_read()
    {
        using var db = new SeededDatabase(withData: false);
        var text = "\uFEFFdate,kind,partner_city_zh,partner_city_en,country_zh,country_en,delegation_size,summary_zh,summary_en,indicator_code,source_url\r\n"
            + "2018-03-14,sister_city_exchange,\"安克拉治市\",Anchorage,美國,United States,5,\"締盟交流，簽署備忘錄\",\"Signed a memorandum, then \"\"toured\"\"\nthe airport\",1.1,https://example.org/x\r\n"
            + "2018-04-02,媒體曝光,,,日本,Japan,,日本媒體報導,,2.4,\r\n";

        var summary = new CsvImport(db.Database).ImportText(Slug, text, null, DataFormat.Csv, SeededDatabase.Context);

        Assert.Equal(2, summary.Created);
        var log = new PlanReader(db.Database).Load(Slug)!.Exchanges;
        var sister = log.Single(e => e.IndicatorCode == "1.1");
        Assert.Equal("締盟交流，簽署備忘錄", sister.Summary.Zh);
        Assert.Equal("Signed a memorandum, then \"toured\"\nthe airport", sister.Summary.En);
        Assert.Equal(5, sister.DelegationSize);
        Assert.Equal(PerformancePlan.Core.Exchanges.ExchangeKind.MediaCoverage, log.Single(e => e.IndicatorCode == "2.4").Kind);
    }

    [Fact]
    public void The_line_of_a_row_after_a_multi_line_field_is_counted_from_the_file()
    {
        using var db = new SeededDatabase(withData: false);
        var text = ActualsHeader + "\n1.1,2018-Q1,1,\"第一行\n第二行\",,統計,2018-04-10\n1.2,2018-Q1,x,,,統計,2018-04-10\n";
        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportText(Slug, text, null, DataFormat.Csv, SeededDatabase.Context));
        Assert.Equal("row 2 (line 4): field 'value': 'x' is not a number of 0 or more", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Tab_separated_rows_pasted_from_a_spreadsheet_import_with_or_without_the_header()
    {
        using var db = new SeededDatabase(withData: false);
        var csv = new CsvImport(db.Database);
        var withHeader = "month\tonline_signed\telectronic_received\tpaper_signed_online\tself_drafted\n2018-01\t6,886\t10480\t612\t6935\n";
        var withoutHeader = "2018-02\t4946\t7865\t455\t5120\n2018-03\t7669\t11240\t668\t7410";

        Assert.Equal(1, csv.ImportText(Slug, withHeader, null, DataFormat.Auto, SeededDatabase.Context).Created);
        Assert.Equal(2, csv.ImportText(Slug, withoutHeader, OperationalDataKind.ESignature, DataFormat.Tsv, SeededDatabase.Context).Created);

        var months = new PlanReader(db.Database).Load(Slug)!.ESignatureMonths;
        Assert.Equal(["2018-01", "2018-02", "2018-03"], months.Select(m => m.MonthKey));
        Assert.Equal(6886, months[0].OnlineSigned);
        Assert.Equal(38.20m, months[0].RatioPercent);
    }

    [Fact]
    public void Check_reports_the_problems_of_pasted_rows_without_writing()
    {
        using var db = new SeededDatabase(withData: false);
        var before = DatabaseDump.Of(db.Database);
        var errors = new CsvImport(db.Database).Check(Slug, "2018-01\t0\t0\t0\t0\n2018-02\t-1\t5\t1\t1", OperationalDataKind.ESignature, DataFormat.Tsv);

        Assert.Equal(
            [
                "row 1 (line 1): field 'electronic_received': the denominator (electronic documents received + incoming paper documents processed online + internally drafted documents) is zero, so no ratio can be computed",
                "row 2 (line 2): field 'online_signed': '-1' is not a whole number of 0 or more",
            ],
            errors.Select(e => e.ToString()));
        Assert.Empty(new CsvImport(db.Database).Check(Slug, "2018-01\t1\t2\t3\t4", OperationalDataKind.ESignature, DataFormat.Tsv));
        Assert.Equal(before, DatabaseDump.Of(db.Database));
    }

    [Fact]
    public void A_header_with_unknown_or_missing_columns_is_refused()
    {
        using var db = new SeededDatabase(withData: false);
        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportText(
            Slug, "indicator_code,period,valeu,reported_on\n1.1,2018-Q1,1,2018-04-10", OperationalDataKind.Actuals, DataFormat.Csv, SeededDatabase.Context));
        Assert.Equal(
            [
                "line 1: field 'valeu': unknown column; the columns of actuals are indicator_code,period,value,note_zh,note_en,source,reported_on",
                "line 1: field 'value': the column is missing",
            ],
            ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_header_that_names_no_kind_is_refused()
    {
        using var db = new SeededDatabase(withData: false);
        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportText(Slug, "a,b,c\n1,2,3", null, DataFormat.Csv, SeededDatabase.Context));
        Assert.StartsWith("line 1: the header row does not name the columns of any kind of data; expected actuals:", Assert.Single(ex.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_line_it_opens()
    {
        var ex = Assert.Throws<CsvImportException>(() => DelimitedReader.Read(new StringReader("a,b\n1,\"open\n2,3\n"), ',', "x.csv"));
        Assert.Equal("line 2: a quoted field is not closed: the file ends inside quotes", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Exchange_rows_are_checked_with_the_exchange_rules()
    {
        using var db = new SeededDatabase(withData: false);
        var text = "date,kind,partner_city_zh,country_zh,summary_zh,indicator_code,source_url\n"
            + "2018-05-01,visit,某市,日本,摘要,,\n"
            + "2018-05-02,delegation_received,,日本,摘要,1.9,ftp://x\n";
        var ex = Assert.Throws<CsvImportException>(() => new CsvImport(db.Database).ImportText(Slug, text, null, DataFormat.Csv, SeededDatabase.Context));
        Assert.Equal(["row 1:kind", "row 2:partner_city_zh", "row 2:indicator_code", "row 2:source_url"], ex.Errors.Select(e => $"row {e.Row}:{e.Field}"));
    }

    [Fact]
    public void Data_for_a_plan_that_does_not_exist_is_refused()
    {
        using var db = new TempDatabase();
        var ex = Assert.Throws<ValidationException>(() => new CsvImport(db.Database).ImportText("999-none", ActualsHeader + "\n", null, DataFormat.Csv, SeededDatabase.Context));
        Assert.Equal("plan", Assert.Single(ex.Errors).Field);
    }
}
