namespace PerformancePlan.Portal.Tests.Pages.Agencies;

/// <summary>Adding and editing agencies, and the city's name.</summary>
public sealed class EditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_editor_adds_an_agency_which_is_listed_and_audited()
    {
        var client = await factory.SignedIn(UserRole.Editor, "agency-adder");
        var response = await client.SubmitForm("/admin/agencies/edit", new()
        {
            ["Input.Code"] = "civil-affairs", ["Input.NameZh"] = "民政局", ["Input.NameEn"] = "Department of Civil Affairs", ["Input.SortOrder"] = "20",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("民政局", factory.Database.Scalar("SELECT name_zh FROM agencies WHERE code = 'civil-affairs'"));
        var entry = Assert.Single(factory.Database.Audit("agency", "agency-adder"));
        Assert.Equal(("civil-affairs", "create"), (entry.EntityId, entry.Action));
        var list = await client.GetDocument("/admin/agencies");
        Assert.Contains(list.QuerySelectorAll("tbody tr"), row => row.TextContent.Contains("civil-affairs", StringComparison.Ordinal) && row.TextContent.Contains("Department of Civil Affairs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Civil Affairs", "民政局", "Input.Code", "機關代碼")]
    [InlineData("secretariat", "另一個秘書處", "Input.Code", "已有機關使用")]
    [InlineData("housing", "", "Input.NameZh", "機關名稱（中文）")]
    public async Task A_bad_code_or_name_is_refused_naming_the_field_keeping_the_input_and_adding_nothing(string code, string nameZh, string field, string message)
    {
        var client = await factory.SignedIn(UserRole.Editor, "agency-typo");
        var before = factory.Database.Count("SELECT count(*) FROM agencies");
        var response = await client.SubmitForm("/admin/agencies/edit", new()
        {
            ["Input.Code"] = code, ["Input.NameZh"] = nameZh, ["Input.NameEn"] = "Typed in English", ["Input.SortOrder"] = "30",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Forms.Parse(response);
        var id = field.Replace('.', '_');
        Assert.Contains(message, document.QuerySelector($".error-summary a[href='#{id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector($"#{id}")!.GetAttribute("aria-invalid"));
        Assert.Equal("Typed in English", document.QuerySelector("#Input_NameEn")!.GetAttribute("value"));
        Assert.Equal(code, document.QuerySelector("#Input_Code")!.GetAttribute("value"));
        Assert.Equal(before, factory.Database.Count("SELECT count(*) FROM agencies"));
        Assert.Empty(factory.Database.Audit("agency", "agency-typo"));
    }

    [Fact]
    public async Task A_sort_order_that_is_not_a_whole_number_is_refused_naming_the_field()
    {
        var client = await factory.SignedIn(UserRole.Editor, "agency-sorter");
        var response = await client.SubmitForm("/admin/agencies/edit", new()
        {
            ["Input.Code"] = "finance", ["Input.NameZh"] = "財政局", ["Input.SortOrder"] = "second",
        });

        var document = await Forms.Parse(response);
        Assert.Contains("排序", document.QuerySelector(".error-summary a[href='#Input_SortOrder']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("second", document.QuerySelector("#Input_SortOrder")!.GetAttribute("value"));
        Assert.Equal(0, factory.Database.Count("SELECT count(*) FROM agencies WHERE code = 'finance'"));
    }

    [Fact]
    public async Task Editing_an_agency_keeps_its_code_and_audits_each_changed_field()
    {
        var client = await factory.SignedIn(UserRole.Editor, "agency-renamer");
        var form = await client.GetDocument("/admin/agencies/edit?code=secretariat");
        Assert.Null(form.QuerySelector("#Input_Code"));

        var response = await client.SubmitForm("/admin/agencies/edit?code=secretariat", new() { ["Input.NameEn"] = "Secretariat Office", ["Input.Code"] = "renamed" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Secretariat Office", factory.Database.Scalar("SELECT name_en FROM agencies WHERE code = 'secretariat'"));
        Assert.Equal(0, factory.Database.Count("SELECT count(*) FROM agencies WHERE code = 'renamed'"));
        var entry = Assert.Single(factory.Database.Audit("agency", "agency-renamer"));
        Assert.Equal(("name_en", "Secretariat Office"), (entry.Field, entry.NewValue));
    }

    [Fact]
    public async Task When_two_editors_edit_the_same_agency_the_second_sees_the_first_ones_change_and_nothing_is_overwritten()
    {
        var first = await factory.SignedIn(UserRole.Editor, "agency-first");
        var second = await factory.SignedIn(UserRole.Editor, "agency-second");
        await first.SubmitForm("/admin/agencies/edit", new() { ["Input.Code"] = "police", ["Input.NameZh"] = "警察局", ["Input.SortOrder"] = "40" });
        var url = "/admin/agencies/edit?code=police";
        var secondForm = (AngleSharp.Html.Dom.IHtmlFormElement)(await second.GetDocument(url)).QuerySelector("form:not([action])")!;

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitForm(url, new() { ["Input.SortOrder"] = "41" })).StatusCode);
        var response = await second.PostForm(secondForm, url, new() { ["Input.SortOrder"] = "42" });

        var conflict = (await Forms.Parse(response)).QuerySelector(".conflict")!.TextContent;
        Assert.Contains("agency-first", conflict, StringComparison.Ordinal);
        Assert.Equal("41", factory.Database.Scalar("SELECT sort_order FROM agencies WHERE code = 'police'")!.ToString());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_adds_nothing()
    {
        var client = await factory.SignedIn(UserRole.Editor, "agency-forger");
        var response = await client.PostAsync("/admin/agencies/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Code"] = "forged", ["Input.NameZh"] = "偽造局", ["Input.SortOrder"] = "1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, factory.Database.Count("SELECT count(*) FROM agencies WHERE code = 'forged'"));
    }

    [Fact]
    public async Task Only_an_administrator_changes_the_city_name_and_the_change_is_audited()
    {
        var editor = await factory.SignedIn(UserRole.Editor, "city-editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/agencies/city")).StatusCode);
        Assert.Null((await editor.GetDocument("/admin/agencies")).QuerySelector("a[href='/admin/agencies/city']"));

        var admin = await factory.SignedIn(UserRole.Admin, "city-admin");
        Assert.NotNull((await admin.GetDocument("/admin/agencies")).QuerySelector("a[href='/admin/agencies/city']"));
        var empty = await admin.SubmitForm("/admin/agencies/city", new() { ["Input.CityNameZh"] = " ", ["Input.CityNameEn"] = "Kept" });
        var document = await Forms.Parse(empty);
        Assert.Contains("城市名稱（中文）", document.QuerySelector(".error-summary a[href='#Input_CityNameZh']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept", document.QuerySelector("#Input_CityNameEn")!.GetAttribute("value"));
        Assert.Equal("桃園市政府", factory.Database.Scalar("SELECT value FROM settings WHERE key = 'city_name_zh'"));

        var saved = await admin.SubmitForm("/admin/agencies/city", new() { ["Input.CityNameEn"] = "Taoyuan City" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Taoyuan City", factory.Database.Scalar("SELECT value FROM settings WHERE key = 'city_name_en'"));
        var entry = Assert.Single(factory.Database.Audit("setting", "city-admin"));
        Assert.Equal(("city_name_en", "Taoyuan City Government", "Taoyuan City"), (entry.Field, entry.OldValue, entry.NewValue));
    }

    [Theory]
    [InlineData("/admin/agencies")]
    [InlineData("/admin/agencies/edit")]
    [InlineData("/admin/links")]
    [InlineData("/admin/newyear")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        var response = await factory.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
