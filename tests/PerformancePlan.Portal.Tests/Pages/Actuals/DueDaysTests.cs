namespace PerformancePlan.Portal.Tests.Pages.Actuals;

/// <summary>Setting how many days after a period its actuals are due.</summary>
public sealed class DueDaysTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private long DueDays => factory.Database.Count("SELECT due_days FROM plans");

    [Fact]
    public async Task Due_days_are_saved_and_audited_and_a_value_out_of_range_is_refused()
    {
        var client = await factory.SignedIn(UserRole.Editor, "due-editor");
        Assert.Equal(30, DueDays);

        foreach (var bad in new[] { "400", "-1", "thirty" })
        {
            var refused = await Forms.Parse(await client.SubmitForm("/admin/actuals/duedays", new() { ["Input.DueDays"] = bad }));
            Assert.NotNull(refused.QuerySelector(".error-summary a[href='#Input_DueDays']"));
            Assert.Equal(bad, refused.QuerySelector("#Input_DueDays")!.GetAttribute("value"));
            Assert.Equal(30, DueDays);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm("/admin/actuals/duedays", new() { ["Input.DueDays"] = "45" })).StatusCode);
        Assert.Equal(45, DueDays);
        var entry = Assert.Single(factory.Database.Audit("plan", "due-editor"));
        Assert.Equal(("due_days", "30", "45"), (entry.Field, entry.OldValue, entry.NewValue));
        Assert.Contains("45", (await client.GetDocument("/admin/actuals")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
