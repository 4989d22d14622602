using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Generator.Bench;

/// <summary>
/// A synthetic city for trying the portal at scale: up to 30 agencies with real agency names, each
/// with a plan for every year of a range, all flagged as sample data. Each agency keeps most of its
/// indicators from year to year (linked, targets rising), replaces a few (a new chain starts), and
/// its figures come from a fixed seed, so every run makes the same city.
/// </summary>
public static class SampleCity
{
    public static readonly IReadOnlyList<(string Code, string Zh, string En)> Agencies =
    [
        ("secretariat", "秘書處", "Secretariat"),
        ("civil-affairs", "民政局", "Department of Civil Affairs"),
        ("finance", "財政局", "Department of Finance"),
        ("education", "教育局", "Department of Education"),
        ("economic-development", "經濟發展局", "Department of Economic Development"),
        ("public-works", "工務局", "Department of Public Works"),
        ("transportation", "交通局", "Department of Transportation"),
        ("social-welfare", "社會局", "Department of Social Welfare"),
        ("labor", "勞動局", "Department of Labor"),
        ("police", "警察局", "Police Department"),
        ("health", "衛生局", "Department of Health"),
        ("environmental-protection", "環境保護局", "Department of Environmental Protection"),
        ("urban-development", "都市發展局", "Department of Urban Development"),
        ("fire", "消防局", "Fire Department"),
        ("cultural-affairs", "文化局", "Department of Cultural Affairs"),
        ("land-administration", "地政局", "Department of Land Administration"),
        ("legal-affairs", "法務局", "Department of Legal Affairs"),
        ("water-resources", "水務局", "Department of Water Resources"),
        ("agriculture", "農業局", "Department of Agriculture"),
        ("tourism", "觀光旅遊局", "Department of Tourism"),
        ("sports", "體育局", "Department of Sports"),
        ("youth-affairs", "青年事務局", "Department of Youth Affairs"),
        ("hakka-affairs", "客家事務局", "Department of Hakka Affairs"),
        ("indigenous-peoples", "原住民族行政局", "Department of Indigenous Peoples"),
        ("information", "新聞處", "Department of Information"),
        ("budget-accounting", "主計處", "Department of Budget, Accounting and Statistics"),
        ("personnel", "人事處", "Department of Personnel"),
        ("civil-service-ethics", "政風處", "Department of Civil Service Ethics"),
        ("research-evaluation", "研究發展考核委員會", "Research, Development and Evaluation Commission"),
        ("housing", "住宅發展處", "Department of Housing Development"),
    ];

    /// <summary>The indicator whose year ratio the plan's e-signature months make, as in the real plans (7.1 of the Secretariat's).</summary>
    private const string RatioTitle = "公文線上簽核比率";

    private static readonly (string Zh, string En, string MeasureZh, string MeasureEn, string UnitZh, string UnitEn, decimal Base)[] Themes =
    [
        ("辦理市民說明會場次", "Public briefings held", "辦理場次", "Number of briefings held", "場", "events", 12m),
        ("市民滿意度", "Residents' satisfaction", "滿意以上人數/受訪人數 × 100%", "Satisfied respondents / respondents × 100%", "%", "%", 80m),
        (RatioTitle, "Share of documents signed online", "公文線上簽核件數/(電子公文收文總數+紙本來文線上簽核數+自創簽稿數) × 100%", "Documents signed online / (electronic documents received + paper documents signed online + self-created drafts) × 100%", "%", "%", 40m),
        ("開放資料集上架數", "Open datasets published", "上架資料集數", "Datasets published", "個", "datasets", 20m),
        ("國際交流活動次數", "International exchanges", "辦理次數", "Exchanges held", "次", "times", 10m),
        ("志工培訓人次", "Volunteers trained", "培訓人次", "People trained", "人次", "people", 300m),
        ("陳情案件結案率", "Petitions closed on time", "如期結案數/陳情案件數 × 100%", "Petitions closed on time / petitions × 100%", "%", "%", 90m),
        ("數位服務申辦件數", "Online applications", "線上申辦件數", "Applications made online", "件", "applications", 5000m),
        ("工程如期完工率", "Works finished on schedule", "如期完工件數/完工件數 × 100%", "Works finished on schedule / works finished × 100%", "%", "%", 85m),
        ("宣導活動參與人次", "Outreach participants", "參與人次", "Participants", "人次", "people", 2000m),
        ("媒體正面報導則數", "Positive media reports", "報導則數", "Reports", "則", "reports", 60m),
        ("員工教育訓練時數", "Staff training hours", "平均每人訓練時數", "Training hours per person", "小時", "hours", 20m),
        ("節能減碳量", "Energy saved", "較基準年減少用電度數", "Electricity saved against the base year", "千度", "MWh", 150m),
        ("社區參與計畫數", "Community projects", "補助計畫數", "Projects funded", "件", "projects", 30m),
        ("出版品發行冊數", "Publications issued", "發行冊數", "Copies issued", "冊", "copies", 1200m),
    ];

    /// <summary>Themes an agency's replaced indicator takes in its later generations (none of the themes above).</summary>
    private static readonly (string Zh, string En, string MeasureZh, string MeasureEn, string UnitZh, string UnitEn, decimal Base)[] Replacements =
    [
        ("智慧服務使用率", "Use of smart services", "線上服務件數/服務總件數 × 100%", "Services used online / all services × 100%", "%", "%", 50m),
        ("性別平等培訓人次", "Gender equality training", "培訓人次", "People trained", "人次", "people", 150m),
        ("視訊會議比率", "Share of meetings held online", "視訊會議場次/會議總場次 × 100%", "Meetings held online / all meetings × 100%", "%", "%", 30m),
    ];

    /// <summary>Writes the city into <paramref name="database"/>: agencies, their plans for every year, and the links between years.</summary>
    public static (int Agencies, int Plans, int Indicators, int Links) Write(PlanDatabase database, int agencies, int firstYear, int lastYear, DateOnly contentDate)
    {
        var counts = (Agencies: 0, Plans: 0, Indicators: 0, Links: 0);
        database.InTransaction((c, t) =>
        {
            for (var a = 0; a < agencies; a++)
            {
                var (code, zh, en) = Agencies[a];
                var agencyId = c.InsertReturningId(
                    "INSERT INTO agencies (code, name_zh, name_en, sort_order) VALUES ($code, $zh, $en, $order)",
                    t, new { code, zh, en, order = (a + 1) * 10 });
                counts.Agencies++;
                Dictionary<string, long>? previous = null;
                for (var roc = firstYear; roc <= lastYear; roc++)
                {
                    var yearIndex = roc - firstYear;
                    var shape = new SyntheticPlan(agencyId, $"{roc}-{code}", roc, (a * 1000) + roc, (goal, ind) => Indicator(a, goal, ind, yearIndex));
                    var ids = SyntheticPlans.WritePlan(c, t, shape, contentDate);
                    MakeRatio(c, t, ids.Values);
                    counts.Plans++;
                    counts.Indicators += ids.Count;
                    if (previous is not null)
                    {
                        foreach (var (indicatorCode, id) in ids)
                        {
                            // Every third year an agency replaces one indicator: its chain ends and a new one starts.
                            if (Replaced(a, indicatorCode, yearIndex))
                            {
                                continue;
                            }

                            // Most links are confirmed; an agency's newest links are still proposals.
                            var state = roc == lastYear && a % 4 == 0 ? "proposed" : "confirmed";
                            c.Execute("INSERT INTO indicator_links (indicator_id, continues_id, state) VALUES ($id, $previousId, $state)",
                                t, new { id, previousId = previous[indicatorCode], state });
                            counts.Links++;
                        }
                    }

                    previous = ids;
                }
            }

            foreach (var (key, pageZh, pageEn) in new[]
            {
                ("about", "# 關於本網站\n\n本網站的機關、計畫與數據皆為範例，用於展示全市規模的入口網站。", "# About this site\n\nThe agencies, plans and figures on this site are sample data that show the portal at the scale of a city."),
                ("open-data", "# 開放資料說明\n\n每個資料集皆有 CSV 檔。", "# Open data guide\n\nEvery dataset has a CSV file."),
            })
            {
                c.Execute("INSERT OR REPLACE INTO site_pages (key, language, markdown) VALUES ($key, 'zh-TW', $pageZh)", t, new { key, pageZh });
                c.Execute("INSERT OR REPLACE INTO site_pages (key, language, markdown) VALUES ($key, 'en', $pageEn)", t, new { key, pageEn });
            }
        });
        return counts;
    }

    /// <summary>
    /// Makes the plan's online-signing indicator the ratio of its e-signature months: its result is
    /// derived from their counts, so it keeps no actuals of its own.
    /// </summary>
    private static void MakeRatio(SqliteConnection c, SqliteTransaction t, IEnumerable<long> indicatorIds)
    {
        foreach (var id in indicatorIds)
        {
            var changed = c.Execute("UPDATE indicators SET aggregation = 'ratio' WHERE id = $id AND title_zh = $title", t, new { id, title = RatioTitle });
            if (changed > 0)
            {
                c.Execute("DELETE FROM actuals WHERE indicator_id = $id", t, new { id });
            }
        }
    }

    private static bool Replaced(int agency, string indicatorCode, int yearIndex) =>
        yearIndex % 3 == 0 && indicatorCode == $"{1 + (agency % 8)}.1";

    /// <summary>The agency's indicator at goal and ordinal in a year: a theme picked by agency and position, its target rising over the years.</summary>
    private static SyntheticIndicator Indicator(int agency, int goal, int ordinal, int yearIndex)
    {
        var position = SyntheticPlans.IndicatorsPerGoal.Take(goal - 1).Sum() + ordinal - 1;
        // A replaced indicator takes another theme from the year it is replaced.
        var generation = $"{goal}.{ordinal}" == $"{1 + (agency % 8)}.1" ? yearIndex / 3 : 0;
        var theme = generation == 0 ? Themes[(agency + position) % Themes.Length] : Replacements[(agency + generation) % Replacements.Length];
        var percent = theme.UnitZh == "%";
        var target = percent
            ? Math.Min(99m, theme.Base + yearIndex + (agency % 5))
            : Math.Round(theme.Base * (1m + (0.06m * yearIndex)) * (1m + ((agency % 7) / 10m)));
        // Some agencies fall short year after year, some keep pace, a few exceed.
        var pace = (agency % 5) switch { 0 => 0.88m, 1 => 1.08m, _ => 1m } + ((yearIndex % 2) * 0.02m);
        return new SyntheticIndicator(
            new(theme.Zh, theme.En),
            new(theme.MeasureZh, theme.MeasureEn),
            new(theme.UnitZh, theme.UnitEn),
            target,
            pace);
    }
}
