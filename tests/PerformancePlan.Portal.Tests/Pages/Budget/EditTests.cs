namespace PerformancePlan.Portal.Tests.Pages.Budget;

/// <summary>Creating, editing and deleting a budget line.</summary>
public sealed class EditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_budget_line_can_be_created_edited_and_deleted_with_decimals_kept_exactly()
    {
        var client = await factory.SignedIn(UserRole.Editor, "budget-editor");
        var created = await client.SubmitForm("/admin/budget/edit", new()
        {
            ["Input.ProgrammeOrdinal"] = "2", ["Input.ProgrammeTitleZh"] = "測試計畫", ["Input.ItemsZh"] = "測試項目", ["Input.AmountThousandNtd"] = "1,234.75",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = factory.Database.Count("SELECT id FROM budget_lines WHERE items_zh = '測試項目'");
        Assert.Equal("1234.75", factory.Database.Scalar("SELECT amount_thousand_ntd FROM budget_lines WHERE id = $id", new { id }));

        var invalid = await client.SubmitForm($"/admin/budget/edit?id={id}", new() { ["Input.AmountThousandNtd"] = "-5" });
        Assert.Contains("金額（千元）", (await Forms.Parse(invalid)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm($"/admin/budget/edit?id={id}", new() { ["Input.NoteZh"] = "多年期" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm($"/admin/budget/delete?id={id}", new())).StatusCode);
        Assert.Equal(0, factory.Database.Count("SELECT count(*) FROM budget_lines WHERE id = $id", new { id }));
        var actions = factory.Database.Audit("budget_line", "budget-editor").Select(a => a.Action).ToList();
        Assert.Equal(["create", "update", "delete"], actions);
    }
}
