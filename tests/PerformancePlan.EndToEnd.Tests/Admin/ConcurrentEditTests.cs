using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Admin;

[Collection(Collections.Admin)]
public sealed class ConcurrentEditTests(PortalFixture portal)
{
    [Fact]
    public async Task A_second_editor_saving_the_same_actual_sees_the_conflict_and_the_first_change_is_kept()
    {
        var plan = AdminPages.LoadPlan(portal);
        // The last goal's first indicator with a reported actual: no other test edits it.
        var indicator = plan.Plan.Goals[^1].Indicators.First(i => i.Actuals.Count > 0);
        var actual = indicator.Actuals[0];
        var url = AdminPages.ActualEdit(indicator, actual.Period);

        await using var first = await portal.OpenSignedInSessionAsync();
        await using var second = await portal.OpenSignedInSessionAsync();
        await first.GotoAsync(url);
        await second.GotoAsync(url);

        var firstValue = (actual.Value + 1m).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await first.Page.Locator("#Input_Value").FillAsync(firstValue);
        await AdminPages.SaveAsync(first.Page);
        await Assertions.Expect(first.Page.Locator("main [role='status']").First).ToBeVisibleAsync();

        await second.Page.Locator("#Input_Value").FillAsync((actual.Value + 2m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AdminPages.SaveAsync(second.Page);
        var conflict = second.Page.Locator("main .conflict[role='alert']");
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        Assert.Contains(firstValue, (await conflict.InnerTextAsync()).Replace(",", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var saved = AdminPages.LoadPlan(portal).FindIndicator(indicator.Code)!.Actuals.Single(a => a.Period == actual.Period);
        Assert.Equal(actual.Value + 1m, saved.Value);
        first.AssertNoPageErrors();
        second.AssertNoPageErrors();
    }
}
