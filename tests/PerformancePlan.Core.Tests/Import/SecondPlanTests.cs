using PerformancePlan.Core.Import;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Import;

/// <summary>Another agency's plan in the same standard structure, with the same kinds of PDF artefacts, imports without code changes.</summary>
public class SecondPlanTests
{
    private static readonly ImportedPlan Imported = PlanDocumentParser.Parse(
        SeedFiles.Fixture("108-civil-affairs", "plan.zh-TW.md"), "plan.zh-TW.md",
        SeedFiles.Fixture("108-civil-affairs", "plan.en.md"), "plan.en.md",
        "108-civil-affairs");

    private static Plan Plan => Imported.Plan;

    [Fact]
    public void Agency_year_and_tasks_are_read()
    {
        Assert.Equal("民政局", Plan.Agency.Zh);
        Assert.Equal("Department of Civil Affairs", Plan.Agency.En);
        Assert.Equal(108, Plan.RocYear);
        Assert.Equal("打造便民、效率、溫馨之民政服務，落實地方自治，推動多元族群共榮，建構安居樂業之宜居城市。", Plan.Vision.Zh);
        Assert.Equal(4, Plan.Tasks.Count);
        Assert.Equal("健全區里行政運作，強化基層服務功能。", Plan.Tasks[1].Text.Zh);
        Assert.Equal("辦理兵役行政業務，照顧役男及其家屬。", Plan.Tasks[3].Text.Zh);
    }

    [Fact]
    public void Five_goals_whatever_their_heading_level()
    {
        Assert.Equal(["提升戶政服務效能", "強化區里基層建設", "推動殯葬設施現代化", "落實兵役照顧", "推廣多元族群文化"], Plan.Goals.Select(g => g.Title.Zh));
        Assert.Equal([15m, 10m, 8m, 6m, 4m], Plan.Goals.Select(g => g.WeightPercent));
        Assert.Equal([2, 2, 1, 2, 1], Plan.Goals.Select(g => g.Items.Count));
    }

    [Fact]
    public void A_wrapped_item_line_continues_its_item()
    {
        Assert.Equal("延長服務時間，便利民眾洽公。", Plan.Goals[0].Items[1].Text.Zh);
        Assert.Equal("推動殯葬設施更新，提供優質治喪環境。", Plan.Goals[2].Items[0].Text.Zh);
        Assert.Equal("協助役男體檢與徵集作業。", Plan.Goals[3].Items[1].Text.Zh);
    }

    [Fact]
    public void Nine_indicators_with_weights_and_targets()
    {
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1", "4.2", "5.1"], Plan.Indicators.Select(i => i.Code));
        Assert.Equal([5m, 5m, 5m, 6m, 4m, 8m, 3m, 3m, 4m], Plan.Indicators.Select(i => i.WeightPercent));
        Assert.Equal(
            ["1200 件", "90 %", "15 分鐘", "12 處", "1500 人次", "100 %", "300 戶", "98 %", "8 場"],
            Plan.Indicators.Select(i => $"{i.TargetValue} {i.Unit.Zh}"));
    }

    [Fact]
    public void Full_width_parentheses_and_a_broken_row_are_read()
    {
        Assert.Equal("戶籍登記線上申辦件數", Plan.Indicators.First().Title.Zh);
        Assert.Equal("線上申辦件數", Plan.Indicators.First().MeasurementStandard.Zh);
        var waiting = Plan.Indicators.Single(i => i.Code == "1.3");
        Assert.Equal("戶政服務櫃台等候時間縮短", waiting.Title.Zh);
        Assert.Equal("每月平均等候時間", waiting.MeasurementStandard.Zh);
        Assert.Equal(5m, waiting.WeightPercent);
    }

    [Fact]
    public void The_hundred_percent_target_is_a_completion_and_the_formula_is_kept()
    {
        var works = Plan.Indicators.Single(i => i.Code == "3.1");
        Assert.Equal(IndicatorDirection.Completion, works.Direction);
        Assert.Equal("108 年底前完成更新工程", works.MeasurementStandard.Zh);
        Assert.Equal("完成體檢人數/應體檢人數 × 100%", Plan.Indicators.Single(i => i.Code == "4.2").MeasurementStandard.Zh);
        Assert.Single(Plan.Indicators, i => i.Direction == IndicatorDirection.Completion);
    }

    [Fact]
    public void Six_budget_lines_with_continuation_rows_and_full_width_digits()
    {
        Assert.Equal([12500m, 38250.5m, 1800m, 65000m, 2340m, 860m], Imported.BudgetLines.Select(b => b.AmountThousandNtd));
        Assert.Equal([1, 2, 2, 3, 4, 5], Imported.BudgetLines.Select(b => b.ProgrammeOrdinal));
        Assert.Equal(120750.5m, Imported.BudgetTotal);
        Assert.Equal("提升戶政服務效能", Imported.BudgetLines[0].ProgrammeTitle.Zh);
        Assert.Equal("(一)戶籍登記線上申辦 (二)延長服務時間", Imported.BudgetLines[0].Items.Zh);
        Assert.Equal("分 3 年辦理", Imported.BudgetLines[1].Note.Zh);
        Assert.Equal("殯葬設施更新工程", Imported.BudgetLines[3].Items.Zh);
        Assert.Equal("總經費 180,000 千元", Imported.BudgetLines[3].Note.Zh);
        Assert.Equal("(一)役男家屬慰問 (二)協助役男體檢 (三)徵集作業宣導", Imported.BudgetLines[4].Items.Zh);
    }

    [Fact]
    public void A_translation_that_stops_after_the_goals_leaves_the_rest_in_chinese_only()
    {
        Assert.Equal("Improve household registration services", Plan.Goals[0].Title.En);
        Assert.Equal("Extend service hours for the convenience of the public.", Plan.Goals[0].Items[1].Text.En);
        Assert.All(Plan.Indicators, i => Assert.False(i.Title.HasEnglish, i.Code));
        Assert.All(Imported.BudgetLines, b => Assert.False(b.Items.HasEnglish, b.Items.Zh));
    }

    [Fact]
    public void It_is_stored_beside_the_seed_plan()
    {
        using var db = new SeededDatabase(withData: false);
        new PlanContentWriter(db.Database).Upsert(Imported, SeededDatabase.Context);
        var reader = new PlanReader(db.Database);
        Assert.Equal(["108-civil-affairs", "107-secretariat"], reader.ListPlans().Select(p => p.Slug));
        var stored = reader.Load("108-civil-affairs")!;
        Assert.Equal(9, stored.Plan.Indicators.Count());
        Assert.Equal(120750.5m, stored.BudgetTotal);
        Assert.Equal("戶政服務櫃台等候時間縮短", stored.FindIndicator("1.3")!.Title.Zh);
    }
}
