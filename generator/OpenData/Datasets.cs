using PerformancePlan.Core;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Figures;
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
    public const string TargetRevisions = "target-revisions";

    internal static readonly Bilingual Percent = new("百分比", "percent");
    private static readonly Bilingual ThousandNtd = new("千元", "NT$ thousand");
    private static readonly Bilingual Documents = new("件", "documents");
    private static readonly Bilingual PersonUnit = new("人", "people");

    internal static readonly DatasetField PlanField = new("plan", FieldType.String,
        new("計畫代碼（網址中的名稱）", "Plan code, as used in the site's addresses"))
    { Required = true };

    internal static readonly DatasetField AgencyField = new("agency", FieldType.String,
        new("機關代碼（網址中的名稱）", "Agency code, as used in the site's addresses"))
    { Required = true };

    internal static readonly DatasetField RocYearField = new("roc_year", FieldType.Integer,
        new("計畫年度（民國）", "Fiscal year of the plan, ROC calendar (民國)"))
    { Required = true };

    internal static readonly DatasetField AdYearField = new("ad_year", FieldType.Year,
        new("計畫年度（西元）", "Fiscal year of the plan, AD (Gregorian) calendar"))
    { Required = true };

    /// <summary>The data-quality statement's columns, each item in Chinese and English.</summary>
    private static IReadOnlyList<DatasetField> DataQualityFields { get; } = DataQuality.Empty.Items.SelectMany(item => new[]
    {
        new DatasetField($"dq_{item.Key}_zh", FieldType.String, new($"資料品質說明－{item.Label.Zh}（中文）", $"Data-quality statement: {item.Label.En.ToLowerInvariant()}, in Chinese")),
        new DatasetField($"dq_{item.Key}_en", FieldType.String, new($"資料品質說明－{item.Label.Zh}（英文）", $"Data-quality statement: {item.Label.En.ToLowerInvariant()}, in English")),
    }).ToList();

    public static IReadOnlyList<Dataset> All { get; } =
    [
        new(Goals,
            new("年度策略目標", "Strategic goals"),
            new("各項年度策略目標、權重及目標內容。", "The plan's strategic goals, their weights and what each covers."),
            [
                PlanField, AgencyField, RocYearField, AdYearField,
                new("goal_number", FieldType.Integer, new("目標序號（一為 1）", "Goal number (一 is 1)")) { Required = true },
                new("title_zh", FieldType.String, new("目標名稱（中文）", "Goal title in Chinese")) { Required = true },
                new("title_en", FieldType.String, new("目標名稱（英文），空白表示翻譯中", "Goal title in English; empty while the translation is pending")),
                new("weight_percent", FieldType.Number, new("目標權重", "Weight of the goal"), Percent) { Required = true },
                new("indicator_count", FieldType.Integer, new("績效指標數", "Number of performance indicators")) { Required = true },
                new("items_zh", FieldType.String, new("目標內容（中文），每項一行", "What the goal covers in Chinese, one item per line")),
                new("items_en", FieldType.String, new("目標內容（英文），每項一行", "What the goal covers in English, one item per line")),
            ],
            (f, _) => f.Snapshot.Plan.Goals.Select(g => Row(f.Snapshot,
                g.Ordinal, g.Title.Zh, g.Title.En, g.WeightPercent, g.Indicators.Count,
                string.Join("\n", g.Items.Select(i => i.Text.Zh)),
                g.Items.All(i => i.Text.HasEnglish) ? string.Join("\n", g.Items.Select(i => i.Text.En)) : string.Empty)),
            s => s.ContentUpdatedOn),

        new(Indicators,
            new("績效指標", "Performance indicators"),
            new("各項績效指標之權重、衡量標準、目標值、彙總方式、年度結果、達成率、狀態、填報期限及資料品質說明；年度結果、達成率與狀態依開放資料說明之規則由 actuals 資料集重算可得。",
                "Every performance indicator with its weight, measurement standard, target, aggregation, the year's result, achievement, status, due dates and data-quality statement; the year's result, achievement and status can be recomputed from the actuals dataset by the rules in the open data guide."),
            [
                PlanField, AgencyField, RocYearField, AdYearField,
                new("indicator_code", FieldType.String, new("指標編號：目標序號.指標序號", "Indicator code: goal number.indicator number")) { Required = true },
                new("goal_number", FieldType.Integer, new("所屬目標序號", "Number of the goal it belongs to")) { Required = true },
                new("indicator_number", FieldType.Integer, new("目標內之指標序號", "Number of the indicator within its goal")) { Required = true },
                new("chain_id", FieldType.Integer,
                    new("跨年度指標代碼：同一機關逐年延續之指標共用此代碼（為最早一年指標之編號），依 chain_id 分組並按 roc_year 排序即得該指標之歷年資料",
                        "Chain id: the indicators an agency continues from year to year share it (the number of the oldest year's indicator); group by chain_id and sort by roc_year to follow an indicator across years")) { Required = true },
                new("continues", FieldType.String,
                    new("所延續之前一年度指標（計畫代碼/指標編號，例如 107-secretariat/1.2），空白表示新指標",
                        "The previous year's indicator this one continues (plan/indicator_code, e.g. 107-secretariat/1.2); empty for a new indicator")),
                new("title_zh", FieldType.String, new("指標名稱（中文）", "Indicator title in Chinese")) { Required = true },
                new("title_en", FieldType.String, new("指標名稱（英文），空白表示翻譯中", "Indicator title in English; empty while the translation is pending")),
                new("weight_percent", FieldType.Number, new("指標權重", "Weight of the indicator"), Percent) { Required = true },
                new("measurement_zh", FieldType.String, new("衡量標準（中文），公式照原文", "Measurement standard in Chinese; formulas as written")) { Required = true },
                new("measurement_en", FieldType.String, new("衡量標準（英文）", "Measurement standard in English")),
                new("direction", FieldType.String, new("方向：higher_is_better、lower_is_better 或 completion", "Direction: higher_is_better, lower_is_better or completion")) { Required = true },
                new("aggregation", FieldType.String,
                    new("彙總方式：cumulative（每期為年度累計，年度結果取最新一期）、per_period（每期僅該期，年度結果為各期之和）、ratio（由 e-signature 資料集之分子分母加總計算）、level（期末水準，年度結果取最新一期）",
                        "Aggregation: cumulative (each period is the year-to-date total; the year's result is the latest), per_period (each period on its own; the year's result is their sum), ratio (summed numerators ÷ summed denominators from the e-signature dataset), level (the level at period end; the year's result is the latest)")) { Required = true },
                new("target_value", FieldType.Number, new("年度目標值，單位見 unit 欄", "Target for the fiscal year, in the unit of the unit columns")) { Required = true },
                new("unit_zh", FieldType.String, new("目標值與實際值之單位（中文）", "Unit of the target and actuals in Chinese")) { Required = true },
                new("unit_en", FieldType.String, new("目標值與實際值之單位（英文，複數）", "Unit of the target and actuals in English, plural")),
                new("unit_en_singular", FieldType.String, new("英文單位之單數（數值為 1 時使用）", "The English unit in the singular, used for a value of 1")),
                new("latest_period", FieldType.String, new("最新一期（2018-Q3 或 2018-09）", "Latest period with a figure (2018-Q3 or 2018-09)")),
                new("latest_reported_on", FieldType.Date, new("最新一期之填報日期", "Date the latest period's figure was reported")),
                new("year_result", FieldType.Number, new("年度結果（截至最新一期），依 aggregation 計算，單位見 unit 欄", "The year's result up to the latest period, by the aggregation, in the unit of the unit columns")),
                new("achievement_percent", FieldType.Number,
                    new("達成率：year_result ÷ target_value × 100（越低越好者為 target_value ÷ year_result × 100），四捨五入（五入）至小數一位",
                        "Achievement: year_result ÷ target_value × 100 (target_value ÷ year_result × 100 when lower is better), rounded half away from zero to one decimal"), Percent),
                new("status", FieldType.String,
                    new("狀態：年度進行中為 achieved（達成率 ≥ 100）、on_track（達成率 ≥ 應有進度）、behind 或 no_data；年度結束後為 achieved、not_achieved 或 final_not_reported（第 4 季或 12 月未提報）",
                        "Status: while the year runs, achieved (achievement ≥ 100), on_track (achievement ≥ the expected share), behind or no_data; once it is over, achieved, not_achieved, or final_not_reported (Q4 or December not reported)")) { Required = true },
                new("is_final", FieldType.Boolean, new("年度已結束且最後一期已提報，狀態為最終結果", "True when the year is over and its last period is reported: the status is final")) { Required = true },
                new("as_of", FieldType.Date, new("狀態與逾期之判定日", "The date statuses and overdue flags are judged as of")) { Required = true },
                new("due_days", FieldType.Integer, new("每期結束後應於幾日內填報", "Days after a period ends by which its figure is due")) { Required = true },
                new("due_period", FieldType.String, new("截至判定日最近一期應已填報之期間", "The latest period whose figure was due by the as-of date")),
                new("overdue", FieldType.Boolean, new("due_period 尚未填報", "True when due_period has no figure")) { Required = true },
                .. DataQualityFields,
            ],
            (f, chains) => f.Results.Select(r =>
            {
                var i = r.Indicator;
                var dq = i.DataQuality;
                var chain = chains.Of(i);
                var year = chain.Years.ToList().FindIndex(y => y.Indicator.Id == i.Id);
                return Row(f.Snapshot, i.Code, i.GoalOrdinal, i.Ordinal, chain.Id, year > 0 ? ChainCsv.Continues(chain.Years[year - 1]) : null, i.Title.Zh, i.Title.En, i.WeightPercent,
                    i.MeasurementStandard.Zh, i.MeasurementStandard.En, i.Direction.Code(), i.Aggregation.Code(), i.TargetValue,
                    i.Unit.Zh, i.Unit.En, i.UnitEnOne, r.Latest?.Period.ToString(), r.Latest?.ReportedOn, r.YearResult, r.AchievementPercent,
                    r.Status.Code(), r.IsFinal, f.AsOf, f.Snapshot.Plan.DueDays, r.DuePeriod?.ToString(), r.IsOverdue,
                    dq.Source.Zh, dq.Source.En, dq.Method.Zh, dq.Method.En, dq.Frequency.Zh, dq.Frequency.En,
                    dq.Limitations.Zh, dq.Limitations.En, dq.ResponsibleUnit.Zh, dq.ResponsibleUnit.En);
            }),
            s => Max(s.ContentUpdatedOn, s.ActualsUpdatedOn)),

        new(Actuals,
            new("績效指標實際值", "Indicator actuals by period"),
            new("每項績效指標每一期之數值；cumulative 者為年度累計值；ratio 者由 e-signature 資料集逐月加總推算（derived 為 true），不另存。",
                "The figure of every indicator for every period; for cumulative indicators it is the year-to-date total; ratio rows are derived month by month from the e-signature dataset (derived is true) and never stored separately."),
            [
                PlanField, AgencyField, RocYearField, AdYearField,
                new("indicator_code", FieldType.String, new("指標編號：目標序號.指標序號", "Indicator code: goal number.indicator number")) { Required = true },
                new("period", FieldType.String, new("期間：季（2018-Q1）或月（2018-01）", "Period: a quarter (2018-Q1) or a month (2018-01)")) { Required = true },
                new("period_end", FieldType.Date, new("期間最後一日", "Last day of the period")) { Required = true },
                new("value", FieldType.Number, new("該期數值，單位見 unit 欄", "The period's value, in the unit of the unit columns")) { Required = true },
                new("unit_zh", FieldType.String, new("單位（中文）", "Unit in Chinese")) { Required = true },
                new("unit_en", FieldType.String, new("單位（英文）", "Unit in English")),
                new("target_value", FieldType.Number, new("年度目標值", "Target for the fiscal year")) { Required = true },
                new("year_to_date", FieldType.Number, new("截至該期之年度結果，依指標之 aggregation 計算", "The year's result at the end of the period, by the indicator's aggregation")) { Required = true },
                new("achievement_percent", FieldType.Number, new("該期達成率：year_to_date ÷ target_value × 100，四捨五入（五入）至小數一位", "Achievement at that period: year_to_date ÷ target_value × 100, rounded half away from zero to one decimal"), Percent),
                new("derived", FieldType.Boolean, new("由分子分母推算（ratio），非填報值", "True when the value is derived from components (a ratio), not reported")) { Required = true },
                new("numerator", FieldType.Integer, new("ratio 者：年初至該月之分子加總", "For a ratio: the numerators summed from the start of the year to the month")),
                new("denominator", FieldType.Integer, new("ratio 者：年初至該月之分母加總", "For a ratio: the denominators summed from the start of the year to the month")),
                new("note_zh", FieldType.String, new("備註（中文）", "Note in Chinese")),
                new("note_en", FieldType.String, new("備註（英文）", "Note in English")),
                new("source", FieldType.String, new("資料來源", "Source of the figure")),
                new("reported_on", FieldType.Date, new("填報日期", "Date the figure was reported")),
            ],
            (f, _) => f.Results.SelectMany(r => r.Periods.Select(p => Row(f.Snapshot,
                r.Indicator.Code, p.Period.ToString(), p.Period.EndDate, p.Value, r.Indicator.Unit.Zh, r.Indicator.Unit.En, r.Indicator.TargetValue,
                p.YearToDate, p.AchievementPercent, p.IsDerived, p.Parts?.Numerator, p.Parts?.Denominator, p.Note.Zh, p.Note.En, p.Source, p.ReportedOn))),
            s => s.ActualsUpdatedOn ?? s.ContentUpdatedOn),

        new(TargetRevisions,
            new("目標值修正", "Target revisions"),
            new("計畫匯入後修正之指標目標值：修正前、修正後、日期及原因。", "Indicator targets changed after the plan was imported: from, to, the date and the reason."),
            [
                PlanField, AgencyField, RocYearField, AdYearField,
                new("indicator_code", FieldType.String, new("指標編號：目標序號.指標序號", "Indicator code: goal number.indicator number")) { Required = true },
                new("revised_on", FieldType.Date, new("修正日期", "Date of the revision")) { Required = true },
                new("from_value", FieldType.Number, new("修正前目標值", "Target before the revision")) { Required = true },
                new("to_value", FieldType.Number, new("修正後目標值", "Target after the revision")) { Required = true },
                new("unit_zh", FieldType.String, new("單位（中文）", "Unit in Chinese")) { Required = true },
                new("unit_en", FieldType.String, new("單位（英文）", "Unit in English")),
                new("reason", FieldType.String, new("修正原因（填寫者之語言）", "Reason for the revision, in the language it was given")) { Required = true },
            ],
            (f, _) => f.Snapshot.TargetRevisions.Select(t => (Revision: t, Indicator: f.Snapshot.Plan.Indicators.FirstOrDefault(i => i.Id == t.IndicatorId)))
                .Where(x => x.Indicator is not null)
                .Select(x => Row(f.Snapshot, x.Indicator!.Code, x.Revision.RevisedOn, x.Revision.From, x.Revision.To, x.Indicator.Unit.Zh, x.Indicator.Unit.En, x.Revision.Reason)),
            s => s.TargetRevisions.Count == 0 ? s.ContentUpdatedOn : s.TargetRevisions.Max(t => t.RevisedOn)),


        new(Exchanges,
            new("國際交流紀錄", "International exchange log"),
            new("每一筆國際交流活動，依日期由新到舊排列。", "Every international exchange entry, newest first."),
            [
                PlanField, AgencyField, RocYearField, AdYearField,
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
            (f, _) => f.Snapshot.Exchanges.Select(e => Row(f.Snapshot,
                e.Id, e.Date, e.Kind.Code(), e.Kind.Name().Zh, e.Kind.Name().En, e.PartnerCity.Zh, e.PartnerCity.En,
                e.Country.Zh, e.Country.En, e.DelegationSize, e.Summary.Zh, e.Summary.En, e.IndicatorCode, e.SourceUrl)),
            s => s.ExchangesUpdatedOn ?? s.ContentUpdatedOn),

        new(Budget,
            new("年度重要施政計畫與預算", "Major programs and budget"),
            new("年度重要施政計畫、實施內容與經費；總額請自行加總 amount_thousand_ntd。",
                "The year's major programs, implementation items and amounts; the total is the sum of amount_thousand_ntd."),
            [
                PlanField, AgencyField, RocYearField, AdYearField,
                new("line_number", FieldType.Integer, new("表列順序", "Order of the line in the table")) { Required = true },
                new("program_number", FieldType.Integer, new("計畫序號，與同序號之策略目標對應", "Program number; it matches the strategic goal of the same number")) { Required = true },
                new("program_title_zh", FieldType.String, new("計畫名稱（中文）", "Program title in Chinese")) { Required = true },
                new("program_title_en", FieldType.String, new("計畫名稱（英文）", "Program title in English")),
                new("items_zh", FieldType.String, new("實施內容（中文）", "Implementation items in Chinese")) { Required = true },
                new("items_en", FieldType.String, new("實施內容（英文）", "Implementation items in English")),
                new("amount_thousand_ntd", FieldType.Number, new("經費（千元）", "Amount in NT$ thousand"), ThousandNtd) { Required = true },
                new("note_zh", FieldType.String, new("備註（中文）", "Note in Chinese")),
                new("note_en", FieldType.String, new("備註（英文）", "Note in English")),
            ],
            (f, _) => f.Snapshot.BudgetLines.Select(b => Row(f.Snapshot,
                b.Ordinal, b.ProgrammeOrdinal, b.ProgrammeTitle.Zh, b.ProgrammeTitle.En, b.Items.Zh, b.Items.En,
                b.AmountThousandNtd, b.Note.Zh, b.Note.En)),
            s => s.ContentUpdatedOn),

        new(ESignature,
            new("公文線上簽核統計", "E-signature statistics"),
            new("每月公文線上簽核之四項件數及比率：ratio_percent = online_signed ÷ (electronic_received + paper_signed_online + self_drafted) × 100，四捨五入至小數二位。",
                "The four monthly counts and the ratio: ratio_percent = online_signed ÷ (electronic_received + paper_signed_online + self_drafted) × 100, rounded to two decimals."),
            [
                PlanField, AgencyField, RocYearField, AdYearField,
                new("month", FieldType.String, new("月份（YYYY-MM）", "Month (YYYY-MM)")) { Required = true },
                new("online_signed", FieldType.Integer, new("公文線上簽核件數", "Documents signed and approved online"), Documents) { Required = true },
                new("electronic_received", FieldType.Integer, new("電子公文收文總數", "Electronic documents received"), Documents) { Required = true },
                new("paper_signed_online", FieldType.Integer, new("紙本來文線上簽核數", "Incoming paper documents processed online"), Documents) { Required = true },
                new("self_drafted", FieldType.Integer, new("自創簽稿數", "Internally drafted documents"), Documents) { Required = true },
                new("denominator", FieldType.Integer, new("分母：electronic_received + paper_signed_online + self_drafted", "Denominator: electronic_received + paper_signed_online + self_drafted"), Documents) { Required = true },
                new("ratio_percent", FieldType.Number, new("線上簽核比率", "Online signing ratio"), Percent),
                new("target_percent", FieldType.Number, new("由此計算之指標之目標值", "Target of the indicator these counts compute"), Percent),
                new("indicator_code", FieldType.String, new("以此計算之比率指標編號", "Code of the ratio indicator these counts compute")),
                new("reported_on", FieldType.Date, new("填報日期", "Date the counts were entered")),
            ],
            (f, _) => f.Snapshot.ESignatureMonths.Select(m => Row(f.Snapshot,
                m.MonthKey, m.OnlineSigned, m.ElectronicReceived, m.PaperSignedOnline, m.SelfDrafted, m.Denominator,
                m.RatioPercent, f.RatioIndicator?.TargetValue, f.RatioIndicator?.Code, m.ReportedOn)),
            s => s.ESignatureUpdatedOn ?? s.ContentUpdatedOn),
    ];


    private static object?[] Row(PlanSnapshot s, params object?[] cells) =>
        [s.Plan.Slug, s.Plan.AgencyCode, s.Plan.RocYear, s.Plan.AdYear, .. cells];

    private static DateOnly Max(DateOnly a, DateOnly? b) => b is { } d && d > a ? d : a;
}
