using System.Net;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Tests.Support;

namespace PerformancePlan.Portal.Tests;

/// <summary>Every create, edit and delete path writes the database and the audit trail; bad input changes nothing.</summary>
public sealed class EditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private long IndicatorId(string code) => factory.Database.Count(
        "SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal || '.' || i.ordinal = $code", new { code });

    [Fact]
    public async Task Saving_an_actual_writes_it_and_its_audit_entry()
    {
        var client = await factory.SignedIn(UserRole.Editor, "actual-editor");
        var id = IndicatorId("4.1");
        var response = await client.SubmitForm($"/admin/actuals/edit?indicator={id}&period=2018-Q2", new()
        {
            ["value"] = "88.5", ["note_zh"] = "測試備註", ["source"] = "測試來源", ["reported_on"] = "2018-07-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("88.5", factory.Database.Scalar("SELECT value FROM actuals WHERE indicator_id = $id AND period = '2018-Q2'", new { id }));
        var audit = factory.Database.Audit("actual", "actual-editor");
        Assert.Contains(audit, a => a.EntityId == "4.1/2018-Q2" && a.NewValue == "88.5");
    }

    [Fact]
    public async Task An_invalid_actual_names_the_field_keeps_the_input_and_writes_nothing()
    {
        var client = await factory.SignedIn(UserRole.Editor, "typo-editor");
        var id = IndicatorId("5.2");
        var stored = factory.Database.Scalar("SELECT value || '|' || version FROM actuals WHERE indicator_id = $id AND period = '2018-Q3'", new { id });
        var response = await client.SubmitForm($"/admin/actuals/edit?indicator={id}&period=2018-Q3", new() { ["value"] = "12,3x", ["source"] = "kept source" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Forms.Parse(response);
        var summary = document.QuerySelector(".error-summary a[href='#value']");
        Assert.NotNull(summary);
        Assert.Contains("實際值", summary!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12,3x", document.QuerySelector("#value")!.GetAttribute("value"));
        Assert.Equal("kept source", document.QuerySelector("#source")!.GetAttribute("value"));
        Assert.Equal("true", document.QuerySelector("#value")!.GetAttribute("aria-invalid"));
        Assert.Equal(stored, factory.Database.Scalar("SELECT value || '|' || version FROM actuals WHERE indicator_id = $id AND period = '2018-Q3'", new { id }));
        Assert.Empty(factory.Database.Audit("actual", "typo-editor"));
    }

    [Fact]
    public async Task Validation_messages_follow_the_editors_language()
    {
        var client = await factory.SignedIn(UserRole.Editor, "english-editor");
        await client.SubmitForm("/admin", new() { ["language"] = "en" }, "/admin/account/language");
        var id = IndicatorId("6.2");
        var response = await client.SubmitForm($"/admin/actuals/edit?indicator={id}&period=2018-Q3", new() { ["value"] = "" });
        var html = await response.Text();
        Assert.Contains("Actual value is required", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_two_editors_change_the_same_actual_the_second_sees_what_the_first_saved_and_nothing_is_overwritten()
    {
        var first = await factory.SignedIn(UserRole.Editor, "first-editor");
        var second = await factory.SignedIn(UserRole.Editor, "second-editor");
        var id = IndicatorId("5.1");
        var url = $"/admin/actuals/edit?indicator={id}&period=2018-Q1";
        var secondForm = (await second.GetDocument(url)).QuerySelector("form:not([action])") as AngleSharp.Html.Dom.IHtmlFormElement;

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitForm(url, new() { ["value"] = "61" })).StatusCode);
        var response = await second.PostForm(secondForm!, url, new() { ["value"] = "62" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Forms.Parse(response);
        var conflict = document.QuerySelector(".conflict")!.TextContent;
        Assert.Contains("first-editor", conflict, StringComparison.Ordinal);
        Assert.Contains("61", conflict, StringComparison.Ordinal);
        Assert.Contains("62", conflict, StringComparison.Ordinal);
        Assert.Equal("61", factory.Database.Scalar("SELECT value FROM actuals WHERE indicator_id = $id AND period = '2018-Q1'", new { id }));
        Assert.Equal("62", document.QuerySelector("#value")!.GetAttribute("value"));

        // Saving again, having seen the other's change, replaces it deliberately.
        var again = await second.PostForm((AngleSharp.Html.Dom.IHtmlFormElement)document.QuerySelector("form:not([action])")!, url, new());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("62", factory.Database.Scalar("SELECT value FROM actuals WHERE indicator_id = $id AND period = '2018-Q1'", new { id }));
    }

    [Fact]
    public async Task An_exchange_can_be_created_edited_and_deleted_each_with_an_audit_entry()
    {
        var client = await factory.SignedIn(UserRole.Editor, "exchange-editor");
        var before = factory.Database.Count("SELECT count(*) FROM exchanges");
        var created = await client.SubmitForm("/admin/exchanges/edit", new()
        {
            ["date"] = "2018-11-20", ["kind"] = "delegation_received", ["partner_city_zh"] = "測試市", ["partner_city_en"] = "Testville",
            ["country_zh"] = "測試國", ["country_en"] = "Testland", ["delegation_size"] = "7", ["summary_zh"] = "測試訪問團來訪。",
            ["summary_en"] = "A test delegation visited.", ["indicator_code"] = "1.2", ["source_url"] = "https://example.org/visit",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(before + 1, factory.Database.Count("SELECT count(*) FROM exchanges"));
        var id = factory.Database.Count("SELECT id FROM exchanges WHERE partner_city_zh = '測試市'");

        var edited = await client.SubmitForm($"/admin/exchanges/edit?id={id}", new() { ["delegation_size"] = "9" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(9L, factory.Database.Scalar("SELECT delegation_size FROM exchanges WHERE id = $id", new { id }));

        var confirm = await client.GetAsync($"/admin/exchanges/delete?id={id}");
        Assert.Contains("測試市", await confirm.Text(), StringComparison.Ordinal);
        Assert.Equal(before + 1, factory.Database.Count("SELECT count(*) FROM exchanges"));
        var deleted = await client.SubmitForm($"/admin/exchanges/delete?id={id}", new());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(before, factory.Database.Count("SELECT count(*) FROM exchanges"));

        var actions = factory.Database.Audit("exchange", "exchange-editor").Select(a => (a.Action, a.Field)).ToList();
        Assert.Equal([("create", ""), ("update", "delegation_size"), ("delete", "")], actions);
    }

    [Fact]
    public async Task The_exchange_list_filters_by_kind_and_year()
    {
        var client = await factory.SignedIn(UserRole.Editor);
        var all = (await client.GetDocument("/admin/exchanges")).QuerySelectorAll("#exchanges-caption ~ tbody tr").Length;
        var media = (await client.GetDocument("/admin/exchanges?kind=media_coverage")).QuerySelectorAll("#exchanges-caption ~ tbody tr").Length;
        var expectedMedia = factory.Database.Count("SELECT count(*) FROM exchanges WHERE kind = 'media_coverage'");
        Assert.Equal(expectedMedia, media);
        Assert.True(all > media && media > 0);
        Assert.Equal(0, (await client.GetDocument("/admin/exchanges?year=1999")).QuerySelectorAll("#exchanges-caption ~ tbody tr").Length);
    }

    [Fact]
    public async Task A_pasted_exchange_import_with_one_bad_row_imports_nothing_and_names_the_row()
    {
        var client = await factory.SignedIn(UserRole.Editor, "importer-editor");
        var before = factory.Database.Count("SELECT count(*) FROM exchanges");
        var rows = string.Join('\n',
            "date\tkind\tpartner_city_zh\tpartner_city_en\tcountry_zh\tcountry_en\tdelegation_size\tsummary_zh\tsummary_en\tindicator_code\tsource_url",
            "2018-12-01\tdelegation_received\t匯入市\tImportville\t匯入國\tImportland\t3\t第一列正確。\tRow one is fine.\t1.2\t",
            "2018-12-02\tnot_a_kind\t匯入市\tImportville\t匯入國\tImportland\tmany\t第二列有誤。\tRow two is wrong.\t9.9\t");
        var response = await client.SubmitForm("/admin/exchanges/import", new() { ["rows"] = rows });
        var html = await response.Text();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("第 2 筆", html, StringComparison.Ordinal);
        Assert.Contains("未匯入任何資料", html, StringComparison.Ordinal);
        Assert.Equal(before, factory.Database.Count("SELECT count(*) FROM exchanges"));

        var good = rows.Split('\n')[..2];
        response = await client.SubmitForm("/admin/exchanges/import", new() { ["rows"] = string.Join('\n', good) });
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

    [Fact]
    public async Task A_budget_line_can_be_created_edited_and_deleted_with_decimals_kept_exactly()
    {
        var client = await factory.SignedIn(UserRole.Editor, "budget-editor");
        var created = await client.SubmitForm("/admin/budget/edit", new()
        {
            ["programme_ordinal"] = "2", ["programme_title_zh"] = "測試計畫", ["items_zh"] = "測試項目", ["amount_thousand_ntd"] = "1,234.75",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = factory.Database.Count("SELECT id FROM budget_lines WHERE items_zh = '測試項目'");
        Assert.Equal("1234.75", factory.Database.Scalar("SELECT amount_thousand_ntd FROM budget_lines WHERE id = $id", new { id }));

        var invalid = await client.SubmitForm($"/admin/budget/edit?id={id}", new() { ["amount_thousand_ntd"] = "-5" });
        Assert.Contains("金額（千元）", (await Forms.Parse(invalid)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm($"/admin/budget/edit?id={id}", new() { ["note_zh"] = "多年期" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm($"/admin/budget/delete?id={id}", new())).StatusCode);
        Assert.Equal(0, factory.Database.Count("SELECT count(*) FROM budget_lines WHERE id = $id", new { id }));
        var actions = factory.Database.Audit("budget_line", "budget-editor").Select(a => a.Action).ToList();
        Assert.Equal(["create", "update", "delete"], actions);
    }

    [Fact]
    public async Task An_e_signature_month_with_a_zero_denominator_or_outside_the_fiscal_year_is_refused_and_a_valid_one_is_saved()
    {
        var client = await factory.SignedIn(UserRole.Editor, "esig-editor");
        var before = factory.Database.Count("SELECT count(*) FROM esignature_months");
        var zero = await client.SubmitForm("/admin/esignature/edit?month=2018-12", new()
        {
            ["month"] = "2018-12", ["online_signed"] = "5", ["electronic_received"] = "0", ["paper_signed_online"] = "0", ["self_drafted"] = "0",
        });
        var summary = (await Forms.Parse(zero)).QuerySelector(".error-summary a[href='#electronic_received']");
        Assert.NotNull(summary);
        Assert.Contains("分母", summary!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, factory.Database.Count("SELECT count(*) FROM esignature_months WHERE electronic_received = 0"));

        var nextYear = await client.SubmitForm("/admin/esignature/edit?month=2019-01", new()
        {
            ["month"] = "2019-01", ["online_signed"] = "45", ["electronic_received"] = "60", ["paper_signed_online"] = "20", ["self_drafted"] = "20",
        });
        Assert.NotNull((await Forms.Parse(nextYear)).QuerySelector(".error-summary a[href='#month']"));
        Assert.Equal(before, factory.Database.Count("SELECT count(*) FROM esignature_months"));

        var ok = await client.SubmitForm("/admin/esignature/edit?month=2018-12", new()
        {
            ["month"] = "2018-12", ["online_signed"] = "45", ["electronic_received"] = "60", ["paper_signed_online"] = "20", ["self_drafted"] = "20",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains("45%", await (await client.GetAsync("/admin/esignature")).Text(), StringComparison.Ordinal);
        Assert.All(factory.Database.Audit("esignature_month", "esig-editor"), a => Assert.Equal(("2018-12", "update"), (a.EntityId, a.Action)));
    }

    [Fact]
    public async Task Changing_a_target_needs_a_reason_which_the_audit_trail_keeps()
    {
        var client = await factory.SignedIn(UserRole.Editor, "target-editor");
        var id = IndicatorId("1.1");
        var target = factory.Database.Scalar("SELECT target_value FROM indicators WHERE id = $id", new { id });
        var noReason = await client.SubmitForm($"/admin/goals/indicator?id={id}", new() { ["target_value"] = "99" });
        Assert.NotNull((await Forms.Parse(noReason)).QuerySelector(".error-summary a[href='#reason']"));
        Assert.Equal(target, factory.Database.Scalar("SELECT target_value FROM indicators WHERE id = $id", new { id }));

        var withReason = await client.SubmitForm($"/admin/goals/indicator?id={id}", new() { ["target_value"] = "99", ["reason"] = "議會決議調整" });
        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);
        var entry = Assert.Single(factory.Database.Audit("indicator", "target-editor"));
        Assert.Equal(("target_value", "99", "議會決議調整"), (entry.Field, entry.NewValue, entry.Reason));
    }

    [Fact]
    public async Task A_weight_outside_0_to_100_is_refused_naming_the_weight()
    {
        var client = await factory.SignedIn(UserRole.Editor, "weight-editor");
        var goalId = factory.Database.Count("SELECT id FROM goals WHERE ordinal = 1");
        var response = await client.SubmitForm($"/admin/goals/goal?id={goalId}", new() { ["weight_percent"] = "150" });
        Assert.Contains("權重", (await Forms.Parse(response)).QuerySelector(".error-summary a[href='#weight_percent']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(factory.Database.Audit("goal", "weight-editor"));

        var ok = await client.SubmitForm($"/admin/goals/goal?id={goalId}", new() { ["title_en"] = "Promote friendly international city exchanges (edited)" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains(factory.Database.Audit("goal", "weight-editor"), a => a.Field == "title_en");
    }

    [Fact]
    public async Task Plan_texts_are_saved_and_audited_and_untranslated_fields_are_marked()
    {
        var client = await factory.SignedIn(UserRole.Editor, "texts-editor");
        var response = await client.SubmitForm("/admin/texts", new() { ["vision_en"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("", factory.Database.Scalar("SELECT vision_en FROM plans"));
        Assert.Contains(factory.Database.Audit("plan", "texts-editor"), a => a.Field == "vision_en" && a.NewValue == "");
        var document = await client.GetDocument("/admin/texts");
        Assert.NotNull(document.QuerySelector("label[for=vision_en] .badge--pending"));
        Assert.Null(document.QuerySelector("label[for=vision_zh] .badge--pending"));
    }

    [Fact]
    public async Task A_site_page_is_saved_in_both_languages_and_its_preview_is_sanitised()
    {
        var client = await factory.SignedIn(UserRole.Editor, "page-editor");
        var response = await client.SubmitForm("/admin/sitepages/edit?key=about", new() { ["markdown_en"] = "# About\n\nEdited <script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Edited", (string)factory.Database.Scalar("SELECT markdown FROM site_pages WHERE key = 'about' AND language = 'en'")!, StringComparison.Ordinal);
        Assert.Contains(factory.Database.Audit("site_page", "page-editor"), a => a.EntityId == "about/en");

        var preview = await client.GetDocument("/admin/sitepages/edit?key=about");
        Assert.Null(preview.QuerySelector("#preview-en script"));
        Assert.NotNull(preview.QuerySelector("#preview-en h1"));

        var token = preview.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var live = await client.PostAsync("/admin/sitepages/edit?handler=render&key=about", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["text"] = "**bold** <img src=x onerror=alert(1)> [x](javascript:alert(1))",
        }));
        var html = await live.Text();
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_creates_a_user_changes_the_role_resets_the_password_and_disables_the_account()
    {
        var admin = await factory.SignedIn(UserRole.Admin, "user-admin");
        var shortPassword = await admin.SubmitForm("/admin/users/create", new() { ["name"] = "newbie", ["role"] = "editor", ["password"] = "short" });
        Assert.NotNull((await Forms.Parse(shortPassword)).QuerySelector(".error-summary a[href='#password']"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitForm("/admin/users/create", new() { ["name"] = "newbie", ["role"] = "editor", ["password"] = "a long enough password" })).StatusCode);
        var id = factory.Database.Count("SELECT id FROM users WHERE name = 'newbie'");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitForm($"/admin/users/edit?id={id}", new() { ["role"] = "publisher" }, "handler=role")).StatusCode);
        Assert.Equal("publisher", factory.Database.Scalar("SELECT role FROM users WHERE id = $id", new { id }));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitForm($"/admin/users/edit?id={id}", new() { ["password"] = "another long password" }, "handler=password")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Anonymous().SubmitForm("/admin/account/signin", new() { ["name"] = "newbie", ["password"] = "another long password" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitForm($"/admin/users/edit?id={id}", new(), "handler=disable")).StatusCode);
        Assert.Equal(1L, factory.Database.Scalar("SELECT is_disabled FROM users WHERE id = $id", new { id }));
        var fields = factory.Database.Audit("user", "user-admin").Select(a => a.Field).ToList();
        Assert.Equal(["role", "role", "password", "is_disabled"], fields);
        Assert.DoesNotContain(factory.Database.Audit("user", "user-admin"), a => (a.NewValue ?? "").Contains("another", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_audit_trail_downloads_as_csv_with_a_bom_and_formulas_neutralised()
    {
        var client = await factory.SignedIn(UserRole.Editor, "formula-editor");
        await client.SubmitForm("/admin/exchanges/edit", new()
        {
            ["date"] = "2018-10-01", ["kind"] = "delegation_received", ["partner_city_zh"] = "=HYPERLINK(\"http://evil\")", ["country_zh"] = "某國", ["summary_zh"] = "公式測試",
        });
        var response = await client.GetAsync("/admin/audit?handler=csv&scope=all&user=formula-editor");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("id,at,user_name,", text, StringComparison.Ordinal);
        Assert.Contains("formula-editor", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
        Assert.Equal("'=1+2", Generator.OpenData.CsvFormat.Neutralise("=1+2"));
        Assert.Equal("'@SUM(A1)", Generator.OpenData.CsvFormat.Neutralise("@SUM(A1)"));
    }

    [Fact]
    public async Task The_audit_page_filters_by_user()
    {
        var client = await factory.SignedIn(UserRole.Editor, "audit-reader");
        var html = await (await client.GetAsync("/admin/audit?scope=all&user=nobody-at-all")).Text();
        Assert.Contains("0", (await Forms.Parse(await client.GetAsync("/admin/audit?scope=all&user=nobody-at-all"))).QuerySelector("#audit-caption")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>system</td>", html, StringComparison.Ordinal);
        var system = await (await client.GetAsync("/admin/audit?scope=all&user=system")).Text();
        Assert.Contains("<td>system</td>", system, StringComparison.Ordinal);
    }
}
