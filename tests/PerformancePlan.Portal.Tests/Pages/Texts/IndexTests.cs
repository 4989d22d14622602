namespace PerformancePlan.Portal.Tests.Pages.Texts;

/// <summary>The plan's agency, vision and tasks.</summary>
public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Plan_texts_are_saved_and_audited_and_untranslated_fields_are_marked()
    {
        var client = await factory.SignedIn(UserRole.Editor, "texts-editor");
        var response = await client.SubmitForm("/admin/texts", new() { ["Input.VisionEn"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("", factory.Database.Scalar("SELECT vision_en FROM plans"));
        Assert.Contains(factory.Database.Audit("plan", "texts-editor"), a => a.Field == "vision_en" && a.NewValue == "");
        var document = await client.GetDocument("/admin/texts");
        Assert.NotNull(document.QuerySelector("label[for=Input_VisionEn] .badge--pending"));
        Assert.Null(document.QuerySelector("label[for=Input_VisionZh] .badge--pending"));
    }
}
