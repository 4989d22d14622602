using PerformancePlan.Core.Import;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Import;

public class SeedDocumentTests
{
    private static readonly ImportedPlan Seed = SeedFiles.Parse();

    private static Plan Plan => Seed.Plan;

    [Fact]
    public void Title_gives_the_agency_and_the_roc_year()
    {
        Assert.Equal("秘書處", Plan.Agency.Zh);
        Assert.Equal("Secretariat, Taoyuan City Government", Plan.Agency.En);
        Assert.Equal(107, Plan.RocYear);
        Assert.Equal(2018, Plan.AdYear);
    }

    [Fact]
    public void Vision_is_the_paragraph_under_its_heading()
    {
        Assert.StartsWith("本處係綜理本府幕僚事務", Plan.Vision.Zh, StringComparison.Ordinal);
        Assert.EndsWith("提供民眾優質、便利之洽公環境。", Plan.Vision.Zh, StringComparison.Ordinal);
        Assert.StartsWith("The Secretariat is responsible", Plan.Vision.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_tasks_are_read_in_order()
    {
        Assert.Equal([1, 2, 3, 4, 5], Plan.Tasks.Select(t => t.Ordinal));
        Assert.StartsWith("辦理與駐台使節及代表之聯繫工作", Plan.Tasks[0].Text.Zh, StringComparison.Ordinal);
        Assert.StartsWith("落實公務車輛", Plan.Tasks[4].Text.Zh, StringComparison.Ordinal);
        Assert.StartsWith("Ensure the proper maintenance", Plan.Tasks[4].Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Eight_goals_are_weighted_as_the_indicator_table_says()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], Plan.Goals.Select(g => g.Ordinal));
        Assert.Equal([10m, 8m, 5m, 2m, 10m, 10m, 2m, 3m], Plan.Goals.Select(g => g.WeightPercent));
    }

    [Fact]
    public void Goal_titles_come_from_section_two_not_from_the_table()
    {
        Assert.Equal("推動國際友好城市交流", Plan.Goals[0].Title.Zh);
        Assert.Equal("配合辦理 2018 桃園農業博覽會，強化本府與各縣市及友好城市交流", Plan.Goals[2].Title.Zh);
        Assert.Equal("優化民眾申請案件之時效", Plan.Goals[3].Title.Zh);
        Assert.Equal("Promote exchanges with international friendship cities", Plan.Goals[0].Title.En);
    }

    [Fact]
    public void Goal_items_are_list_items_or_paragraphs_whatever_the_heading_level()
    {
        Assert.Equal([2, 3, 4, 1, 2, 2, 1, 1], Plan.Goals.Select(g => g.Items.Count));
        Assert.Equal("邀請國內、外貴賓參觀，推介本市農業特色。", Plan.Goals[2].Items[3].Text.Zh);
        Assert.Equal("民眾申請婚喪喜慶之中堂、輓聯時效縮短，以提升行政效能。", Plan.Goals[3].Items[0].Text.Zh);
        Assert.Equal("辦理原桃園市民代表會廳舍整修。", Plan.Goals[4].Items[1].Text.Zh);
        Assert.Equal("Invite domestic and foreign guests to visit the Expo and promote the City's agricultural specialties.", Plan.Goals[2].Items[3].Text.En);
    }

    [Fact]
    public void Fifteen_indicators_have_the_published_weights()
    {
        Assert.Equal(
            [5m, 5m, 2m, 2m, 2m, 2m, 3m, 2m, 2m, 5m, 5m, 7m, 3m, 2m, 3m],
            Plan.Indicators.Select(i => i.WeightPercent));
        Assert.Equal(
            ["1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "5.1", "5.2", "6.1", "6.2", "7.1", "8.1"],
            Plan.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void Fifteen_indicators_have_the_published_targets_with_units()
    {
        Assert.Equal(
            ["6 次", "20 團", "1 冊", "1 冊", "1 場", "80 則", "2 城市", "100 人", "95 %", "58 個", "100 %", "80 %", "75 %", "45 %", "24 人"],
            Plan.Indicators.Select(i => $"{i.TargetValue} {i.Unit.Zh}"));
    }

    [Fact]
    public void English_units_come_from_the_translations_targets()
    {
        Assert.Equal("exchanges", Plan.Indicators.First().Unit.En);
        Assert.Equal("%", Plan.Indicators.Single(i => i.Code == "7.1").Unit.En);
        Assert.Equal("people", Plan.Indicators.Last().Unit.En);
    }

    [Fact]
    public void Only_the_hundred_percent_target_is_a_completion()
    {
        var completion = Assert.Single(Plan.Indicators, i => i.Direction == IndicatorDirection.Completion);
        Assert.Equal("5.2", completion.Code);
        Assert.Equal("辦理原桃園市民代表會廳舍整修", completion.Title.Zh);
        Assert.Equal("107 年底前完成廳舍整修工程", completion.MeasurementStandard.Zh);
    }

    [Fact]
    public void The_goal_four_indicator_is_joined_across_its_broken_row()
    {
        var indicator = Plan.Indicators.Single(i => i.Code == "4.1");
        Assert.Equal("民眾申請婚喪喜慶之中堂、輓聯效率提升", indicator.Title.Zh);
        Assert.Equal("民眾申請婚喪喜慶之中堂、輓聯時效縮短為交辦日起 2 個工作天完成", indicator.MeasurementStandard.Zh);
        Assert.Equal(2m, indicator.WeightPercent);
        Assert.Equal(95m, indicator.TargetValue);
    }

    [Fact]
    public void Spaces_from_pdf_wrapping_are_removed_inside_chinese_words_only()
    {
        var parking = Plan.Indicators.Single(i => i.Code == "5.1");
        Assert.Equal("辦理市政大樓地下停車場機械式車位汰換", parking.Title.Zh);
        Assert.Equal("汰換機械式車位車格", parking.MeasurementStandard.Zh);
        Assert.Equal("考評輔導機關 20 場次", Plan.Indicators.Single(i => i.Code == "6.1").MeasurementStandard.Zh);
        Assert.Equal("持續遵循中央員額精簡政策，工友遇缺不補，維持本府工友不新僱之管制措施", Plan.Indicators.Last().Title.Zh);
    }

    [Fact]
    public void The_formula_of_a_measurement_standard_is_kept_as_text()
    {
        var ratio = Plan.Indicators.Single(i => i.Code == "7.1");
        Assert.Equal("公文線上簽核比率", ratio.Title.Zh);
        Assert.Equal("公文線上簽核件數 /(電子公文收文總數+紙本來文線上簽核數+自創簽稿數) × 100%", ratio.MeasurementStandard.Zh);
        Assert.True(ratio.HasFormula);
        Assert.StartsWith("Documents signed and approved online / (", ratio.MeasurementStandard.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Nine_budget_lines_total_53628_75_thousand()
    {
        Assert.Equal(9, Seed.BudgetLines.Count);
        Assert.Equal(
            [7300m, 3000m, 14480m, 200m, 5328.75m, 22860m, 460m, 0m, 0m],
            Seed.BudgetLines.Select(b => b.AmountThousandNtd));
        Assert.Equal(53628.75m, Seed.BudgetTotal);
        Assert.Equal([1, 2, 3, 4, 5, 5, 6, 7, 8], Seed.BudgetLines.Select(b => b.ProgrammeOrdinal));
        Assert.Equal(Enumerable.Range(1, 9), Seed.BudgetLines.Select(b => b.Ordinal));
    }

    [Fact]
    public void The_renovation_line_carries_its_multi_year_note()
    {
        var renovation = Seed.BudgetLines[5];
        Assert.Equal("總經費 45,800 千元", renovation.Note.Zh);
        Assert.Equal("(二) 辦理原桃園市民代表會廳舍整修", renovation.Items.Zh);
        Assert.Equal("改善整體洽公環境，提供優質辦公場域", renovation.ProgrammeTitle.Zh);
        Assert.Equal(string.Empty, Seed.BudgetLines[4].Note.Zh);
        Assert.StartsWith("Multi-year total NT$45,800 thousand", renovation.Note.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_continuation_row_without_an_amount_continues_the_items()
    {
        var line = Seed.BudgetLines[1];
        Assert.Equal("提升本市國際知名度", line.ProgrammeTitle.Zh);
        Assert.Equal("(一)出版桃園外交手冊 (二)桃園外交手冊電子化 (三)辦理駐台使節、代表參訪活動 (四)增加媒體曝光", line.Items.Zh);
        Assert.Equal(3000m, line.AmountThousandNtd);
    }

    [Fact]
    public void Budget_programme_titles_come_from_the_budget_table()
    {
        Assert.Equal("推動國際城市友好交流", Seed.BudgetLines[0].ProgrammeTitle.Zh);
        Assert.Equal("優化民眾申請案件之時效，提升行政效能", Seed.BudgetLines[3].ProgrammeTitle.Zh);
        Assert.Equal("Promote exchanges with international friendship cities", Seed.BudgetLines[0].ProgrammeTitle.En);
    }

    [Fact]
    public void Every_chinese_text_has_its_english_translation()
    {
        Assert.True(Seed.HasTranslation);
        Assert.All(Plan.Goals, g => Assert.True(g.Title.HasEnglish, g.Title.Zh));
        Assert.All(Plan.Goals.SelectMany(g => g.Items), i => Assert.True(i.Text.HasEnglish, i.Text.Zh));
        Assert.All(Plan.Indicators, i => Assert.True(i.Title.HasEnglish && i.MeasurementStandard.HasEnglish && i.Unit.HasEnglish, i.Code));
        Assert.All(Seed.BudgetLines, b => Assert.True(b.Items.HasEnglish && b.ProgrammeTitle.HasEnglish, b.Items.Zh));
    }
}
