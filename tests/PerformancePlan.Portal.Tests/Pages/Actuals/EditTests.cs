namespace PerformancePlan.Portal.Tests.Pages.Actuals;

/// <summary>An actual is saved with its audit entry; bad input is named, kept and changes nothing; a concurrent edit shows the conflict.</summary>
public sealed class EditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Saving_an_actual_writes_it_and_its_audit_entry()
    {
        var client = await factory.SignedIn(UserRole.Editor, "actual-editor");
        var id = factory.Database.IndicatorId("4.1");
        var response = await client.SubmitForm($"/admin/actuals/edit?indicator={id}&period=2018-Q2", new()
        {
            ["Input.Value"] = "88.5", ["Input.NoteZh"] = "測試備註", ["Input.Source"] = "測試來源", ["Input.ReportedOn"] = "2018-07-15",
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
        var id = factory.Database.IndicatorId("5.2");
        var stored = factory.Database.Scalar("SELECT value || '|' || version FROM actuals WHERE indicator_id = $id AND period = '2018-Q3'", new { id });
        var response = await client.SubmitForm($"/admin/actuals/edit?indicator={id}&period=2018-Q3", new() { ["Input.Value"] = "12,3x", ["Input.Source"] = "kept source" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Forms.Parse(response);
        var summary = document.QuerySelector(".error-summary a[href='#Input_Value']");
        Assert.NotNull(summary);
        Assert.Contains("實際值", summary!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12,3x", document.QuerySelector("#Input_Value")!.GetAttribute("value"));
        Assert.Equal("kept source", document.QuerySelector("#Input_Source")!.GetAttribute("value"));
        Assert.Equal("true", document.QuerySelector("#Input_Value")!.GetAttribute("aria-invalid"));
        Assert.Equal(stored, factory.Database.Scalar("SELECT value || '|' || version FROM actuals WHERE indicator_id = $id AND period = '2018-Q3'", new { id }));
        Assert.Empty(factory.Database.Audit("actual", "typo-editor"));
    }

    [Fact]
    public async Task Validation_messages_follow_the_editors_language()
    {
        var client = await factory.SignedIn(UserRole.Editor, "english-editor");
        await client.SubmitForm("/admin", new() { ["language"] = "en" }, "/admin/account/language");
        var id = factory.Database.IndicatorId("6.2");
        var response = await client.SubmitForm($"/admin/actuals/edit?indicator={id}&period=2018-Q3", new() { ["Input.Value"] = "" });
        var html = await response.Text();
        Assert.Contains("Actual value is required", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_two_editors_change_the_same_actual_the_second_sees_what_the_first_saved_and_nothing_is_overwritten()
    {
        var first = await factory.SignedIn(UserRole.Editor, "first-editor");
        var second = await factory.SignedIn(UserRole.Editor, "second-editor");
        var id = factory.Database.IndicatorId("5.1");
        var url = $"/admin/actuals/edit?indicator={id}&period=2018-Q1";
        var secondForm = (await second.GetDocument(url)).QuerySelector("form:not([action])") as AngleSharp.Html.Dom.IHtmlFormElement;

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitForm(url, new() { ["Input.Value"] = "61" })).StatusCode);
        var response = await second.PostForm(secondForm!, url, new() { ["Input.Value"] = "62" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Forms.Parse(response);
        var conflict = document.QuerySelector(".conflict")!.TextContent;
        Assert.Contains("first-editor", conflict, StringComparison.Ordinal);
        Assert.Contains("61", conflict, StringComparison.Ordinal);
        Assert.Contains("62", conflict, StringComparison.Ordinal);
        Assert.Equal("61", factory.Database.Scalar("SELECT value FROM actuals WHERE indicator_id = $id AND period = '2018-Q1'", new { id }));
        Assert.Equal("62", document.QuerySelector("#Input_Value")!.GetAttribute("value"));

        // Saving again, having seen the other's change, replaces it deliberately.
        var again = await second.PostForm((AngleSharp.Html.Dom.IHtmlFormElement)document.QuerySelector("form:not([action])")!, url, new());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("62", factory.Database.Scalar("SELECT value FROM actuals WHERE indicator_id = $id AND period = '2018-Q1'", new { id }));
    }
}
