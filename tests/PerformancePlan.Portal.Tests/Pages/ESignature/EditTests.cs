namespace PerformancePlan.Portal.Tests.Pages.ESignature;

/// <summary>One month of e-signature counts.</summary>
public sealed class EditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_e_signature_month_with_a_zero_denominator_or_outside_the_fiscal_year_is_refused_and_a_valid_one_is_saved()
    {
        var client = await factory.SignedIn(UserRole.Editor, "esig-editor");
        var before = factory.Database.Count("SELECT count(*) FROM esignature_months");
        var zero = await client.SubmitForm("/admin/esignature/edit?month=2018-12", new()
        {
            ["Input.Month"] = "2018-12", ["Input.OnlineSigned"] = "5", ["Input.ElectronicReceived"] = "0", ["Input.PaperSignedOnline"] = "0", ["Input.SelfDrafted"] = "0",
        });
        var summary = (await Forms.Parse(zero)).QuerySelector(".error-summary a[href='#Input_ElectronicReceived']");
        Assert.NotNull(summary);
        Assert.Contains("分母", summary!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, factory.Database.Count("SELECT count(*) FROM esignature_months WHERE electronic_received = 0"));

        var nextYear = await client.SubmitForm("/admin/esignature/edit?month=2019-01", new()
        {
            ["Input.Month"] = "2019-01", ["Input.OnlineSigned"] = "45", ["Input.ElectronicReceived"] = "60", ["Input.PaperSignedOnline"] = "20", ["Input.SelfDrafted"] = "20",
        });
        Assert.NotNull((await Forms.Parse(nextYear)).QuerySelector(".error-summary a[href='#Input_Month']"));
        Assert.Equal(before, factory.Database.Count("SELECT count(*) FROM esignature_months"));

        var ok = await client.SubmitForm("/admin/esignature/edit?month=2018-12", new()
        {
            ["Input.Month"] = "2018-12", ["Input.OnlineSigned"] = "45", ["Input.ElectronicReceived"] = "60", ["Input.PaperSignedOnline"] = "20", ["Input.SelfDrafted"] = "20",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains("45%", await (await client.GetAsync("/admin/esignature")).Text(), StringComparison.Ordinal);
        Assert.All(factory.Database.Audit("esignature_month", "esig-editor"), a => Assert.Equal(("2018-12", "update"), (a.EntityId, a.Action)));
    }
}
