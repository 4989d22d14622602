using System.Globalization;
using PerformancePlan.Core;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Admin;

/// <summary>
/// What an editor comes to do: report an actual, log an exchange, publish, and see both on the
/// public site the portal serves at <c>/</c> — on the goal page, in the exchange log and in the CSV.
/// </summary>
[Collection(Collections.Admin)]
public sealed class EditorJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task A_changed_actual_and_a_new_exchange_show_on_the_goal_page_the_exchange_log_and_the_csv_after_publishing()
    {
        var plan = AdminPages.LoadPlan(portal);
        var indicator = plan.Plan.Goals[0].Indicators.First(i => i.Actuals.Count > 0);
        var latest = indicator.LatestActual!;
        var newValue = latest.Value + 3m;
        var summary = "端對端測試新增之交流紀錄 " + Guid.NewGuid().ToString("N")[..8];
        var summaryEn = "Exchange added by the end-to-end test " + summary[^8..];

        await using var session = await portal.OpenSignedInSessionAsync();

        // 1. Report the actual, from the actuals table as an editor finds it.
        await session.GotoAsync($"/admin/actuals?plan={AdminPages.Slug}");
        await session.Page.Locator($"main a[href*='indicator={indicator.Id}&'][href*='period={latest.Period}']").ClickAsync();
        await session.Page.Locator("#Input_Value").FillAsync(newValue.ToString(CultureInfo.InvariantCulture));
        await AdminPages.SaveAsync(session.Page);
        await Assertions.Expect(session.Page.Locator("main .notice--success, main [role='status']").First).ToBeVisibleAsync();

        // 2. Log an exchange.
        await session.GotoAsync($"/admin/exchanges?plan={AdminPages.Slug}");
        await session.Page.Locator($"main a[href^='/admin/exchanges/edit']").First.ClickAsync();
        await session.Page.Locator("#Input_Date").FillAsync($"{plan.Plan.AdYear}-12-20");
        await session.Page.Locator("#Input_Kind").SelectOptionAsync("event_participation");
        await session.Page.Locator("#Input_PartnerCityZh").FillAsync("柏林");
        await session.Page.Locator("#Input_PartnerCityEn").FillAsync("Berlin");
        await session.Page.Locator("#Input_CountryZh").FillAsync("德國");
        await session.Page.Locator("#Input_CountryEn").FillAsync("Germany");
        await session.Page.Locator("#Input_DelegationSize").FillAsync("4");
        await session.Page.Locator("#Input_SummaryZh").FillAsync(summary);
        await session.Page.Locator("#Input_SummaryEn").FillAsync(summaryEn);
        await AdminPages.SaveAsync(session.Page);
        await Assertions.Expect(session.Page.Locator("main .notice--success, main [role='status']").First).ToBeVisibleAsync();
        Assert.Equal(0, await session.Page.Locator("main .error-summary").CountAsync());

        // 3. Publish, acknowledging the checks' warnings (the changed actual no longer matches the exchange log).
        await session.GotoAsync("/admin/publish");
        var acknowledge = session.Page.Locator("main input[name='acknowledgeWarnings']");
        if (await acknowledge.CountAsync() > 0)
        {
            await acknowledge.CheckAsync();
        }

        await session.Page.Locator("main form[method='post']:not([action]) button[type='submit'], main form[method='post'][data-publish-progress] button[type='submit']").First.ClickAsync();
        await Assertions.Expect(session.Page.Locator("main [role='status']").Last).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Equal(0, await session.Page.Locator("main .error-summary").CountAsync());

        // 4. The public site shows both, in both languages.
        foreach (var language in LanguageExtensions.All)
        {
            await session.GotoAsync(PublicPages.Goal(language, indicator.GoalOrdinal));
            var row = session.Page.Locator($"main table.indicator-table tr[data-indicator='{indicator.Code}']");
            var cells = await row.Locator("td, th").AllInnerTextsAsync();
            Assert.Equal(newValue, Figures.FirstNumber(cells[5]));

            await session.GotoAsync(PublicPages.Exchanges(language));
            var expectedText = language == Language.ZhTw ? summary : summaryEn;
            await Assertions.Expect(session.Page.Locator("main li.exchange", new() { HasText = expectedText })).ToHaveCountAsync(1);
        }

        // 5. And so does the CSV behind the exchange log, downloaded as a journalist does.
        var csvLink = session.Page.Locator("main a[href$='exchanges.csv']").Last;
        var download = await session.Page.RunAndWaitForDownloadAsync(() => csvLink.ClickAsync());
        var file = Path.Combine(Artifacts.Downloads, "admin-journey-" + download.SuggestedFilename);
        await download.SaveAsAsync(file);
        var csv = CsvFile.Parse(await File.ReadAllBytesAsync(file));
        Assert.True(csv.HasBom);
        var added = Assert.Single(csv.Rows, r => r["summary_zh"] == summary);
        Assert.Equal($"{plan.Plan.AdYear}-12-20", added["date"]);
        Assert.Equal("event_participation", added["kind"]);
        Assert.Equal("Germany", added["country_en"]);

        var indicatorsCsv = await session.Context.APIRequest.GetAsync(portal.BaseUrl + $"/data/{AdminPages.Slug}/indicators.csv");
        var indicators = CsvFile.Parse(await indicatorsCsv.BodyAsync());
        Assert.Equal(newValue, Figures.Raw(indicators.Rows.Single(r => r["indicator_code"] == indicator.Code)["year_result"]));
        session.AssertNoPageErrors();
    }
}
