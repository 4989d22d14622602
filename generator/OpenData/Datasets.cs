using PerformancePlan.Core;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Generator.OpenData;

/// <summary>
/// The open datasets of a plan, one CSV each. Headers are stable English snake_case; text comes
/// as _zh/_en pairs; every row carries the fiscal year in ROC and AD; numbers are raw and units
/// sit in their own columns; there are no total rows. Derived figures (achievement, ratio) are
/// published beside the figures they come from, so each can be recomputed.
/// </summary>
public static class Datasets
{
    public const string Goals = "goals";
    public const string Indicators = "indicators";
    public const string Actuals = "actuals";
    public const string Exchanges = "exchanges";
    public const string Budget = "budget";
    public const string ESignature = "e-signature";

    private static readonly Bilingual Percent = new("百分比", "percent");
    private static readonly Bilingual ThousandNtd = new("千元", "thousand NTD");
    private static readonly Bilingual Documents = new("件", "documents");
    private static readonly Bilingual PersonUnit = new("人", "people");

    private static readonly DatasetField PlanField = new("plan", FieldType.String,
        new("計畫代碼（網址中的名稱）", "Plan code, as used in the site's addresses"))
    { Required = true };

    private static readonly DatasetField RocYearField = new("roc_year", FieldType.Integer,
        new("計畫年度（民國）", "Fiscal year of the plan, ROC calendar (民國)"))
    { Required = true };

    private static readonly DatasetField AdYearField = new("ad_year", FieldType.Year,
        new("計畫年度（西元）", "Fiscal year of the plan, AD (Gregorian) calendar"))
    { Required = true };

    public static IReadOnlyList<Dataset> All { get; } =
    [
        new(Goals,
            new("年度策略目標", "Strategic goals"),
            new("各項年度策略目標、權重及目標內容。", "The plan's strategic goals, their weights and what each covers."),
            [
                PlanField, RocYearField, AdYearField,
                new("goal_number", FieldType.Integer, new("目標序號（一為 1）", "Goal number (一 is 1)")) { Required = true },
                new("title_zh", FieldType.String, new("目標名稱（中文）", "Goal title in Chinese")) { Required = true },
                new("title_en", FieldType.String, new("目標名稱（英文），空白表示翻譯中", "Goal title in English; empty while the translation is pending")),
                new("weight_percent", FieldType.Number, new("目標權重", "Weight of the goal"), Percent) { Required = true },
                new("indicator_count", FieldType.Integer, new("績效指標數", "Number of performance indicators")) { Required = true },
                new("items_zh", FieldType.String, new("目標內容（中文），每項一行", "What the goal covers in Chinese, one item per line")),
                new("items_en", FieldType.String, new("目標內容（英文），每項一行", "What the goal covers in English, one item per line")),
            ],
            s => s.Plan.Goals.Select(g => Row(s,
                g.Ordinal, g.Title.Zh, g.Title.En, g.WeightPercent, g.Indicators.Count,
                string.Join("\n", g.Items.Select(i => i.Text.Zh)),
                g.Items.All(i => i.Text.HasEnglish) ? string.Join("\n", g.Items.Select(i => i.Text.En)) : string.Empty)),
            s => s.ContentUpdatedOn),

        new(Indicators,
            new("績效指標", "Performance indicators"),
            new("各項績效指標之權重、衡量標準、目標值、最新實際值、達成率及狀態。",
                "Every performance indicator with its weight, measurement standard, target, latest actual, achievement and status."),
            [
                PlanField, RocYearField, AdYearField,
                new("indicator_code", FieldType.String, new("指標編號：目標序號.指標序號", "Indicator code: goal number.indicator number")) { Required = true },
                new("goal_number", FieldType.Integer, new("所屬目標序號", "Number of the goal it belongs to")) { Required = true },
                new("indicator_number", FieldType.Integer, new("目標內之指標序號", "Number of the indicator within its goal")) { Required = true },
                new("title_zh", FieldType.String, new("指標名稱（中文）", "Indicator title in Chinese")) { Required = true },
                new("title_en", FieldType.String, new("指標名稱（英文），空白表示翻譯中", "Indicator title in English; empty while the translation is pending")),
                new("weight_percent", FieldType.Number, new("指標權重", "Weight of the indicator"), Percent) { Required = true },
                new("measurement_zh", FieldType.String, new("衡量標準（中文），公式照原文", "Measurement standard in Chinese; formulas as written")) { Required = true },
                new("measurement_en", FieldType.String, new("衡量標準（英文）", "Measurement standard in English")),
                new("direction", FieldType.String, new("方向：higher_is_better、lower_is_better 或 completion", "Direction: higher_is_better, lower_is_better or completion")) { Required = true },
                new("target_value", FieldType.Number, new("年度目標值，單位見 unit 欄", "Target for the fiscal year, in the unit of the unit columns")) { Required = true },
                new("unit_zh", FieldType.String, new("目標值與實際值之單位（中文）", "Unit of the target and actuals in Chinese")) { Required = true },
                new("unit_en", FieldType.String, new("目標值與實際值之單位（英文）", "Unit of the target and actuals in English")),
                new("latest_period", FieldType.String, new("最新實際值之期間（2018-Q3 或 2018-09）", "Period of the latest actual (2018-Q3 or 2018-09)")),
                new("latest_actual", FieldType.Number, new("最新實際值，單位見 unit 欄", "Latest actual, in the unit of the unit columns")),
                new("achievement_percent", FieldType.Number,
                    new("達成率：最新實際值 ÷ 目標值 × 100（越低越好者為目標值 ÷ 實際值 × 100），四捨五入至小數一位",
                        "Achievement: latest actual ÷ target × 100 (target ÷ actual × 100 when lower is better), rounded to one decimal"), Percent),
                new("status", FieldType.String, new("狀態：achieved、on_track、behind 或 no_data", "Status: achieved, on_track, behind or no_data")) { Required = true },
            ],
            s => s.Plan.Indicators.Select(i =>
            {
                var p = IndicatorProgress.Of(i);
                return Row(s, i.Code, i.GoalOrdinal, i.Ordinal, i.Title.Zh, i.Title.En, i.WeightPercent,
                    i.MeasurementStandard.Zh, i.MeasurementStandard.En, i.Direction.Code(), i.TargetValue, i.Unit.Zh, i.Unit.En,
                    p.Latest?.Period.ToString(), p.Latest?.Value, p.AchievementPercent, StatusCode(p.Status));
            }),
            s => Max(s.ContentUpdatedOn, s.ActualsUpdatedOn)),

        new(Actuals,
            new("績效指標實際值", "Indicator actuals by period"),
            new("每項績效指標每一期之實際值；計次者為年度累計值。", "The actual of every indicator for every period reported; counts are year-to-date totals."),
            [
                PlanField, RocYearField, AdYearField,
                new("indicator_code", FieldType.String, new("指標編號：目標序號.指標序號", "Indicator code: goal number.indicator number")) { Required = true },
                new("period", FieldType.String, new("期間：季（2018-Q1）或月（2018-01）", "Period: a quarter (2018-Q1) or a month (2018-01)")) { Required = true },
                new("period_end", FieldType.Date, new("期間最後一日", "Last day of the period")) { Required = true },
                new("value", FieldType.Number, new("實際值，單位見 unit 欄", "Actual value, in the unit of the unit columns")) { Required = true },
                new("unit_zh", FieldType.String, new("單位（中文）", "Unit in Chinese")) { Required = true },
                new("unit_en", FieldType.String, new("單位（英文）", "Unit in English")),
                new("target_value", FieldType.Number, new("年度目標值", "Target for the fiscal year")) { Required = true },
                new("achievement_percent", FieldType.Number, new("該期達成率：value ÷ target_value × 100，四捨五入至小數一位", "Achievement at that period: value ÷ target_value × 100, rounded to one decimal"), Percent),
                new("note_zh", FieldType.String, new("備註（中文）", "Note in Chinese")),
                new("note_en", FieldType.String, new("備註（英文）", "Note in English")),
                new("source", FieldType.String, new("資料來源", "Source of the figure")),
                new("reported_on", FieldType.Date, new("填報日期", "Date the figure was reported")) { Required = true },
            ],
            s => s.Plan.Indicators.SelectMany(i => i.Actuals.OrderBy(a => a.Period).Select(a => Row(s,
                i.Code, a.Period.ToString(), a.Period.EndDate, a.Value, i.Unit.Zh, i.Unit.En, i.TargetValue,
                IndicatorProgress.Achievement(i, a.Value), a.Note.Zh, a.Note.En, a.Source, a.ReportedOn))),
            s => s.ActualsUpdatedOn ?? s.ContentUpdatedOn),

        new(Exchanges,
            new("國際交流紀錄", "International exchange log"),
            new("每一筆國際交流活動，依日期由新到舊排列。", "Every international exchange entry, newest first."),
            [
                PlanField, RocYearField, AdYearField,
                new("exchange_id", FieldType.Integer, new("紀錄編號（網頁錨點 x-日期-編號）", "Entry number (the page anchor is x-date-number)")) { Required = true },
                new("date", FieldType.Date, new("日期", "Date")) { Required = true },
                new("kind", FieldType.String, new("類別代碼", "Kind code: sister_city_exchange, delegation_received, envoy_visit, overseas_visit, event_participation or media_coverage")) { Required = true },
                new("kind_zh", FieldType.String, new("類別（中文）", "Kind in Chinese")) { Required = true },
                new("kind_en", FieldType.String, new("類別（英文）", "Kind in English")) { Required = true },
                new("partner_city_zh", FieldType.String, new("交流城市（中文）", "Partner city in Chinese")),
                new("partner_city_en", FieldType.String, new("交流城市（英文）", "Partner city in English")),
                new("country_zh", FieldType.String, new("國家（中文）", "Country in Chinese")) { Required = true },
                new("country_en", FieldType.String, new("國家（英文）", "Country in English")),
                new("delegation_size", FieldType.Integer, new("團員人數，空白表示不詳", "Number of people in the delegation; empty when not known"), PersonUnit),
                new("summary_zh", FieldType.String, new("摘要（中文）", "Summary in Chinese")) { Required = true },
                new("summary_en", FieldType.String, new("摘要（英文）", "Summary in English")),
                new("indicator_code", FieldType.String, new("計入之績效指標編號", "Code of the indicator the entry counts towards")),
                new("source_url", FieldType.String, new("來源網址", "Source link")),
            ],
            s => s.Exchanges.Select(e => Row(s,
                e.Id, e.Date, e.Kind.Code(), e.Kind.Name().Zh, e.Kind.Name().En, e.PartnerCity.Zh, e.PartnerCity.En,
                e.Country.Zh, e.Country.En, e.DelegationSize, e.Summary.Zh, e.Summary.En, e.IndicatorCode, e.SourceUrl)),
            s => s.ExchangesUpdatedOn ?? s.ContentUpdatedOn),

        new(Budget,
            new("年度重要施政計畫與預算", "Major programmes and budget"),
            new("年度重要施政計畫、實施內容與經費；總額請自行加總 amount_thousand_ntd。",
                "The year's major programmes, implementation items and amounts; the total is the sum of amount_thousand_ntd."),
            [
                PlanField, RocYearField, AdYearField,
                new("line_number", FieldType.Integer, new("表列順序", "Order of the line in the table")) { Required = true },
                new("programme_number", FieldType.Integer, new("計畫序號，與同序號之策略目標對應", "Programme number; it matches the strategic goal of the same number")) { Required = true },
                new("programme_title_zh", FieldType.String, new("計畫名稱（中文）", "Programme title in Chinese")) { Required = true },
                new("programme_title_en", FieldType.String, new("計畫名稱（英文）", "Programme title in English")),
                new("items_zh", FieldType.String, new("實施內容（中文）", "Implementation items in Chinese")) { Required = true },
                new("items_en", FieldType.String, new("實施內容（英文）", "Implementation items in English")),
                new("amount_thousand_ntd", FieldType.Number, new("經費（千元）", "Amount in thousand NTD"), ThousandNtd) { Required = true },
                new("note_zh", FieldType.String, new("備註（中文）", "Note in Chinese")),
                new("note_en", FieldType.String, new("備註（英文）", "Note in English")),
            ],
            s => s.BudgetLines.Select(b => Row(s,
                b.Ordinal, b.ProgrammeOrdinal, b.ProgrammeTitle.Zh, b.ProgrammeTitle.En, b.Items.Zh, b.Items.En,
                b.AmountThousandNtd, b.Note.Zh, b.Note.En)),
            s => s.ContentUpdatedOn),

        new(ESignature,
            new("公文線上簽核統計", "E-signature statistics"),
            new("每月公文線上簽核之四項件數及比率：ratio_percent = online_signed ÷ (electronic_received + paper_signed_online + self_drafted) × 100，四捨五入至小數二位。",
                "The four monthly counts and the ratio: ratio_percent = online_signed ÷ (electronic_received + paper_signed_online + self_drafted) × 100, rounded to two decimals."),
            [
                PlanField, RocYearField, AdYearField,
                new("month", FieldType.String, new("月份（YYYY-MM）", "Month (YYYY-MM)")) { Required = true },
                new("online_signed", FieldType.Integer, new("公文線上簽核件數", "Online-signed documents"), Documents) { Required = true },
                new("electronic_received", FieldType.Integer, new("電子公文收文總數", "Electronic documents received"), Documents) { Required = true },
                new("paper_signed_online", FieldType.Integer, new("紙本來文線上簽核數", "Paper documents signed online"), Documents) { Required = true },
                new("self_drafted", FieldType.Integer, new("自創簽稿數", "Self-created drafts"), Documents) { Required = true },
                new("denominator", FieldType.Integer, new("分母：electronic_received + paper_signed_online + self_drafted", "Denominator: electronic_received + paper_signed_online + self_drafted"), Documents) { Required = true },
                new("ratio_percent", FieldType.Number, new("線上簽核比率", "Online signing ratio"), Percent),
                new("target_percent", FieldType.Number, new("目標值", "Target"), Percent) { Required = true },
            ],
            s => s.ESignatureMonths.Select(m => Row(s,
                m.MonthKey, m.OnlineSigned, m.ElectronicReceived, m.PaperSignedOnline, m.SelfDrafted, m.Denominator,
                m.RatioPercent, ESignatureMonth.TargetPercent)),
            s => s.ESignatureUpdatedOn ?? s.ContentUpdatedOn),
    ];

    public static string StatusCode(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Achieved => "achieved",
        IndicatorStatus.OnTrack => "on_track",
        IndicatorStatus.Behind => "behind",
        _ => "no_data",
    };

    private static object?[] Row(PlanSnapshot s, params object?[] cells) =>
        [s.Plan.Slug, s.Plan.RocYear, s.Plan.AdYear, .. cells];

    private static DateOnly Max(DateOnly a, DateOnly? b) => b is { } d && d > a ? d : a;
}
