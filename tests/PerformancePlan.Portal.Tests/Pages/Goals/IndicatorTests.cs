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
}
