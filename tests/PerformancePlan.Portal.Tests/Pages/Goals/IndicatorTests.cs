namespace PerformancePlan.Portal.Tests.Pages.Goals;

/// <summary>Editing an indicator.</summary>
public sealed class IndicatorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Changing_a_target_needs_a_reason_which_the_audit_trail_keeps()
    {
        var client = await factory.SignedIn(UserRole.Editor, "target-editor");
        var id = factory.Database.IndicatorId("1.1");
        var target = factory.Database.Scalar("SELECT target_value FROM indicators WHERE id = $id", new { id });
        var noReason = await client.SubmitForm($"/admin/goals/indicator?id={id}", new() { ["Input.TargetValue"] = "99" });
        Assert.NotNull((await Forms.Parse(noReason)).QuerySelector(".error-summary a[href='#Input_Reason']"));
        Assert.Equal(target, factory.Database.Scalar("SELECT target_value FROM indicators WHERE id = $id", new { id }));

        var withReason = await client.SubmitForm($"/admin/goals/indicator?id={id}", new() { ["Input.TargetValue"] = "99", ["Input.Reason"] = "議會決議調整" });
        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);
        var entry = Assert.Single(factory.Database.Audit("indicator", "target-editor"));
        Assert.Equal(("target_value", "99", "議會決議調整"), (entry.Field, entry.NewValue, entry.Reason));
    }

    [Fact]
    public async Task The_english_singular_unit_is_saved_and_refused_without_a_plural()
    {
        var client = await factory.SignedIn(UserRole.Editor, "unit-editor");
        var id = factory.Database.IndicatorId("1.2");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm($"/admin/goals/indicator?id={id}", new() { ["Input.UnitEnOne"] = "visiting delegation" })).StatusCode);
        Assert.Equal("visiting delegation", factory.Database.Scalar("SELECT unit_en_one FROM indicators WHERE id = $id", new { id }));
        Assert.Contains(factory.Database.Audit("indicator", "unit-editor"), e => e.Field == "unit_en_one" && e.NewValue == "visiting delegation");

        var refused = await Forms.Parse(await client.SubmitForm($"/admin/goals/indicator?id={id}", new() { ["Input.UnitEn"] = string.Empty, ["Input.UnitEnOne"] = "group" }));
        Assert.NotNull(refused.QuerySelector(".error-summary a[href='#Input_UnitEnOne']"));
        Assert.Equal("visiting delegation", factory.Database.Scalar("SELECT unit_en_one FROM indicators WHERE id = $id", new { id }));
    }
}
