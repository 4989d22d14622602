namespace PerformancePlan.Portal.Tests.Pages.Exchanges;

/// <summary>Importing exchange entries from pasted rows or an uploaded CSV file: all rows or none.</summary>
public sealed class ImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_pasted_exchange_import_with_one_bad_row_imports_nothing_and_names_the_row()
    {
        var client = await factory.SignedIn(UserRole.Editor, "importer-editor");
        var before = factory.Database.Count("SELECT count(*) FROM exchanges");
        var rows = string.Join('\n',
            "date\tkind\tpartner_city_zh\tpartner_city_en\tcountry_zh\tcountry_en\tdelegation_size\tsummary_zh\tsummary_en\tindicator_code\tsource_url",
            "2018-12-01\tdelegation_received\t匯入市\tImportville\t匯入國\tImportland\t3\t第一列正確。\tRow one is fine.\t1.2\t",
            "2018-12-02\tnot_a_kind\t匯入市\tImportville\t匯入國\tImportland\tmany\t第二列有誤。\tRow two is wrong.\t9.9\t");
        var response = await client.SubmitForm("/admin/exchanges/import", new() { ["Input.Rows"] = rows });
        var html = await response.Text();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("第 2 筆", html, StringComparison.Ordinal);
        Assert.Contains("未匯入任何資料", html, StringComparison.Ordinal);
        Assert.Equal(before, factory.Database.Count("SELECT count(*) FROM exchanges"));

        var good = rows.Split('\n')[..2];
        response = await client.SubmitForm("/admin/exchanges/import", new() { ["Input.Rows"] = string.Join('\n', good) });
        Assert.Contains("已匯入", await response.Text(), StringComparison.Ordinal);
        Assert.Equal(before + 1, factory.Database.Count("SELECT count(*) FROM exchanges"));
        Assert.NotEmpty(factory.Database.Audit("exchange", "importer-editor"));
    }

    [Fact]
    public async Task An_uploaded_csv_file_is_imported()
    {
        var client = await factory.SignedIn(UserRole.Editor, "upload-editor");
        var document = await client.GetDocument("/admin/exchanges/import");
        var token = document.QuerySelector("form:not([action]) input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var csv = "\uFEFFdate,kind,partner_city_zh,partner_city_en,country_zh,country_en,delegation_size,summary_zh,summary_en,indicator_code,source_url\r\n"
            + "2018-12-05,overseas_visit,上傳市,Uploadville,上傳國,Uploadland,2,上傳測試。,Upload test.,,\r\n";
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "exchanges.csv" },
        };
        var response = await client.PostAsync("/admin/exchanges/import", content);
        Assert.Contains("已匯入", await response.Text(), StringComparison.Ordinal);
        Assert.Equal(1, factory.Database.Count("SELECT count(*) FROM exchanges WHERE partner_city_zh = '上傳市'"));
    }
}
