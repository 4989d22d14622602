using System.Globalization;
using PerformancePlan.Core;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Generator.Bench;

/// <summary>
/// Fills a database with plans of realistic size for the benchmark: per plan 8 goals, 15
/// indicators, 4 quarterly actuals each, 50 exchanges, 12 e-signature months and 9 budget lines,
/// with texts in both languages. The figures are pseudo-random from a fixed seed, so every run
/// builds the same site.
/// </summary>
public static class SyntheticPlans
{
    internal static readonly int[] IndicatorsPerGoal = [2, 4, 2, 1, 2, 2, 1, 1];
    private static readonly string[] Units = ["次", "團", "冊", "場", "則", "%", "人", "個"];
    private static readonly string[] UnitsEn = ["times", "delegations", "volumes", "events", "reports", "%", "people", "spaces"];

    public static void Write(PlanDatabase database, int plans, DateOnly contentDate)
    {
        database.InTransaction((c, t) =>
        {
            for (var p = 0; p < plans; p++)
            {
                WritePlan(c, t, p, contentDate);
            }

            foreach (var (key, zh, en) in new[]
            {
                ("about", "# 關於本網站\n\n本網站為效能測試所產生之範例。", "# About this site\n\nA site generated for the benchmark."),
                ("open-data", "# 開放資料說明\n\n每個資料集皆有 CSV 檔。", "# Open data guide\n\nEvery dataset has a CSV file."),
            })
            {
                c.Execute("INSERT OR REPLACE INTO site_pages (key, language, markdown) VALUES ($key, 'zh-TW', $zh)", t, new { key, zh });
                c.Execute("INSERT OR REPLACE INTO site_pages (key, language, markdown) VALUES ($key, 'en', $en)", t, new { key, en });
            }
        });
    }

    private static void WritePlan(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction t, int index, DateOnly contentDate)
    {
        var roc = 100 + (index % 15);
        var n = (index + 1).ToString(CultureInfo.InvariantCulture);
        var agencyId = c.InsertReturningId(
            "INSERT INTO agencies (code, name_zh, name_en, sort_order) VALUES ($code, $zh, $en, $index)",
            t,
            new { code = $"agency-{n}", zh = $"第 {n} 局", en = $"Bureau {n}", index });
        WritePlan(c, t, new SyntheticPlan(agencyId, $"{roc}-agency-{n}", roc, index + 1), contentDate);
    }

    /// <summary>
    /// Writes one plan of the standard shape and returns its indicators' ids by code ("1.2"). The
    /// plan's <see cref="SyntheticPlan.Indicator"/> names each indicator; by default a generic one.
    /// </summary>
    public static Dictionary<string, long> WritePlan(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction t, SyntheticPlan shape, DateOnly contentDate)
    {
        var random = new Random(shape.Seed);
        var roc = shape.RocYear;
        var ad = FiscalYear.ToAd(roc);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var planId = c.InsertReturningId(
            """
            INSERT INTO plans (slug, roc_year, agency_id, vision_zh, vision_en, is_sample, updated_on)
            VALUES ($slug, $roc, $agencyId, $visionZh, $visionEn, 1, $updated)
            """,
            t,
            new
            {
                slug = shape.Slug,
                roc,
                agencyId = shape.AgencyId,
                visionZh = "提供民眾優質、便利之服務，提升行政效能與國際能見度。",
                visionEn = "Provide the public with high-quality, convenient services and raise administrative efficiency and international visibility.",
                updated = contentDate,
            });
        for (var task = 1; task <= 5; task++)
        {
            c.Execute("INSERT INTO plan_tasks (plan_id, ordinal, text_zh, text_en) VALUES ($planId, $task, $zh, $en)", t,
                new { planId, task, zh = $"辦理第 {task} 項任務，推動市政工作。", en = $"Carry out task {task} in support of municipal affairs." });
        }

        for (var goal = 1; goal <= IndicatorsPerGoal.Length; goal++)
        {
            var goalId = c.InsertReturningId(
                "INSERT INTO goals (plan_id, ordinal, title_zh, title_en, weight_percent) VALUES ($planId, $goal, $zh, $en, $weight)", t,
                new { planId, goal, zh = $"策略目標 {goal}：提升服務品質", en = $"Strategic goal {goal}: better services", weight = GoalWeight(goal) });
            for (var item = 1; item <= 2; item++)
            {
                c.Execute("INSERT INTO goal_items (goal_id, ordinal, text_zh, text_en) VALUES ($goalId, $item, $zh, $en)", t,
                    new { goalId, item, zh = $"推動第 {item} 項工作。", en = $"Advance work item {item}." });
            }

            for (var ind = 1; ind <= IndicatorsPerGoal[goal - 1]; ind++)
            {
                var u = random.Next(Units.Length);
                var spec = shape.Indicator?.Invoke(goal, ind) ?? new SyntheticIndicator(
                    new($"績效指標 {goal}.{ind}", $"Indicator {goal}.{ind}"),
                    Units[u] == "%" ? new("完成件數 /(受理件數+移轉件數) × 100%", "Completed / (received + transferred) × 100%") : new("辦理次數", "Number of times"),
                    new(Units[u], UnitsEn[u]),
                    Units[u] == "%" ? 80m + random.Next(20) : 10m + random.Next(90),
                    1m);
                var percent = spec.Unit.Zh == "%";
                var target = spec.Target;
                var indicatorId = c.InsertReturningId(
                    """
                    INSERT INTO indicators (goal_id, ordinal, title_zh, title_en, weight_percent, measurement_zh, measurement_en,
                        target_value, unit_zh, unit_en, direction, aggregation)
                    VALUES ($goalId, $ind, $zh, $en, $weight, $mzh, $men, $target, $uzh, $uen, 'higher_is_better', $aggregation)
                    """,
                    t,
                    new
                    {
                        goalId, ind,
                        zh = spec.Title.Zh, en = spec.Title.En,
                        weight = GoalWeight(goal) / IndicatorsPerGoal[goal - 1],
                        mzh = spec.Measurement.Zh,
                        men = spec.Measurement.En,
                        target, uzh = spec.Unit.Zh, uen = spec.Unit.En,
                        aggregation = percent ? "level" : "cumulative",
                    });
                ids[$"{goal}.{ind}"] = indicatorId;
                var value = 0m;
                for (var q = 1; q <= 4; q++)
                {
                    value = percent
                        ? Math.Min(100m, Math.Round(target * spec.Pace * (0.85m + (decimal)random.NextDouble() * 0.25m), 1))
                        : value + (shape.Indicator is null
                            ? random.Next((int)target / 3 + 1)
                            : (int)Math.Round(target / 4m * spec.Pace * (0.85m + (decimal)random.NextDouble() * 0.3m)));
                    c.Execute(
                        "INSERT INTO actuals (indicator_id, period, value, source, reported_on) VALUES ($indicatorId, $period, $value, $source, $reported)", t,
                        new { indicatorId, period = $"{ad}-Q{q}", value, source = "業務統計", reported = new DateOnly(ad, q * 3, 1).AddMonths(1).AddDays(9) });
                }
            }
        }

        var line = 0;
        for (var programme = 1; programme <= IndicatorsPerGoal.Length; programme++)
        {
            for (var part = 1; part <= (programme == 5 ? 2 : 1); part++)
            {
                line++;
                c.Execute(
                    """
                    INSERT INTO budget_lines (plan_id, ordinal, programme_ordinal, programme_title_zh, programme_title_en, items_zh, items_en, amount_thousand_ntd)
                    VALUES ($planId, $line, $programme, $tzh, $ten, $izh, $ien, $amount)
                    """,
                    t,
                    new { planId, line, programme, tzh = $"計畫 {programme}", ten = $"Program {programme}", izh = $"實施內容 {part}", ien = $"Item {part}", amount = random.Next(0, 30000) + 0.25m * random.Next(4) });
            }
        }

        var kinds = ExchangeKinds.All;
        for (var e = 0; e < 50; e++)
        {
            var kind = kinds[random.Next(kinds.Count)];
            c.Execute(
                """
                INSERT INTO exchanges (plan_id, date, kind, partner_city_zh, partner_city_en, country_zh, country_en, delegation_size,
                    summary_zh, summary_en, indicator_code)
                VALUES ($planId, $date, $kind, $cityZh, $cityEn, '日本', 'Japan', $size, $zh, $en, $code)
                """,
                t,
                new
                {
                    planId, date = new DateOnly(ad, 1, 1).AddDays(random.Next(365)), kind = kind.Code(),
                    cityZh = "福岡市", cityEn = "Fukuoka", size = random.Next(2, 30),
                    zh = "訪問團來訪，就觀光推廣及產業合作交換意見。", en = "A delegation visited to exchange views on tourism and industry.",
                    code = kind == ExchangeKind.SisterCityExchange ? "1.1" : kind == ExchangeKind.DelegationReceived ? "1.2" : null,
                });
        }

        // An indicator the exchange log counts towards reports what the log counts, as an editor's would.
        foreach (var code in new[] { "1.1", "1.2" })
        {
            if (!ids.TryGetValue(code, out var counted))
            {
                continue;
            }

            for (var q = 1; q <= 4; q++)
            {
                c.Execute(
                    """
                    UPDATE actuals SET value = (SELECT COUNT(*) FROM exchanges WHERE plan_id = $planId AND indicator_code = $code AND date <= $end)
                    WHERE indicator_id = $counted AND period = $period
                      AND (SELECT aggregation FROM indicators WHERE id = $counted) = 'cumulative'
                    """,
                    t,
                    new { planId, code, counted, end = new DateOnly(ad, q * 3, 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), period = $"{ad}-Q{q}" });
            }
        }

        for (var month = 1; month <= 12; month++)
        {
            var received = 8000 + random.Next(4000);
            var paper = 400 + random.Next(300);
            var drafted = 5000 + random.Next(3000);
            var signed = (int)((received + paper + drafted) * (0.35 + random.NextDouble() * 0.15));
            c.Execute(
                """
                INSERT INTO esignature_months (plan_id, month, online_signed, electronic_received, paper_signed_online, self_drafted)
                VALUES ($planId, $month, $signed, $received, $paper, $drafted)
                """,
                t,
                new { planId, month = $"{ad}-{month:00}", signed, received, paper, drafted });
        }

        return ids;
    }

    /// <summary>A goal's weight; its indicators share it equally, so the weights add up as the plan's checks expect.</summary>
    private static decimal GoalWeight(int goal) => 5 + goal;
}

/// <summary>Where a synthetic plan goes: its agency, slug and year, the seed of its figures, and optionally how its indicators are named.</summary>
public sealed record SyntheticPlan(long AgencyId, string Slug, int RocYear, int Seed, Func<int, int, SyntheticIndicator>? Indicator = null);

/// <summary>
/// One synthetic indicator: its texts, its target, and the pace of its actuals against the target
/// (1 reaches it about as often as not; below 1 falls short, above 1 exceeds it).
/// </summary>
public sealed record SyntheticIndicator(Bilingual Title, Bilingual Measurement, Bilingual Unit, decimal Target, decimal Pace);
