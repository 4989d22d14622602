using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Agencies;
using PerformancePlan.Core.Budget;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Import;

/// <summary>What an import did to the plan's content.</summary>
public sealed record PlanWriteResult(long PlanId, bool Created, int IndicatorsAdded, int IndicatorsUpdated, int IndicatorsRemoved);

/// <summary>
/// Writes a plan's content (texts, tasks, goals, indicators, budget lines) as its document says,
/// in one transaction: creates the plan, or updates it in place by slug. Goals are matched by
/// ordinal and indicators by goal and ordinal, so their ids (and the actuals attached to them)
/// stay. Actuals, exchanges and e-signature months are never deleted: an indicator the document
/// no longer has is removed only when nothing was reported against it; otherwise the import is
/// refused, naming it.
/// </summary>
public sealed partial class PlanContentWriter(PlanDatabase database)
{
    public PlanWriteResult Upsert(ImportedPlan imported, ChangeContext context) =>
        Upsert(imported.Plan, imported.BudgetLines, context);

    public PlanWriteResult Upsert(Plan plan, IReadOnlyList<BudgetLine> budgetLines, ChangeContext context) =>
        database.InTransaction((c, t) => Upsert(c, t, plan, budgetLines, context));

    public static PlanWriteResult Upsert(SqliteConnection c, SqliteTransaction t, Plan plan, IReadOnlyList<BudgetLine> budgetLines, ChangeContext context)
    {
        if (!SlugPattern().IsMatch(plan.Slug))
        {
            throw new ValidationException("slug", new(
                $"計畫代號「{plan.Slug}」只能使用小寫英文字母、數字與連字號",
                $"the plan slug '{plan.Slug}' may hold only lower-case letters, digits and hyphens (e.g. 107-secretariat)"));
        }

        if (ReservedNames.CheckPlanSlug(plan.Slug) is { } reserved)
        {
            throw new ValidationException([reserved]);
        }

        var today = DateOnly.FromDateTime(context.At.DateTime);
        var existing = c.Query("SELECT id FROM plans WHERE slug = $Slug", r => (long?)r.Long("id"), t, new { plan.Slug }).SingleOrDefault();
        // A re-imported plan keeps its agency unless one is named; a new one finds or creates its agency.
        var agency = plan.AgencyCode.Length == 0 && existing is not null
            ? AgencyStore.OfPlan(c, t, existing.Value)
            : AgencyStore.Resolve(c, t, plan.AgencyCode.Length == 0 ? null : plan.AgencyCode, plan.Agency, AgencyCodeFromSlug(plan.Slug), context);
        var other = c.Query(
            "SELECT slug FROM plans WHERE agency_id = $AgencyId AND roc_year = $RocYear AND slug <> $Slug",
            r => r.Text("slug"), t, new { AgencyId = agency.Id, plan.RocYear, plan.Slug }).FirstOrDefault();
        if (other is not null)
        {
            throw new ValidationException("agency", new(
                $"機關「{agency.Name.Zh}」（{agency.Code}）{plan.RocYear} 年度已有計畫 {other}：每個機關每年只有一份計畫",
                $"the agency '{agency.Code}' already has a plan for fiscal year {plan.RocYear} ({other}): one plan per agency and year"));
        }

        var header = new
        {
            plan.Slug,
            plan.RocYear,
            AgencyId = agency.Id,
            VisionZh = plan.Vision.Zh,
            VisionEn = plan.Vision.En,
            plan.IsSample,
            Today = today,
            Id = existing ?? 0,
        };
        string? before = null;
        long planId;
        if (existing is null)
        {
            planId = c.InsertReturningId(
                """
                INSERT INTO plans (slug, roc_year, agency_id, vision_zh, vision_en, is_sample, updated_on)
                VALUES ($Slug, $RocYear, $AgencyId, $VisionZh, $VisionEn, $IsSample, $Today)
                """,
                t, header);
        }
        else
        {
            planId = existing.Value;
            before = Summary(c, t, planId);
            CheckRemovals(c, t, planId, plan);
            c.Execute(
                """
                UPDATE plans SET roc_year = $RocYear, agency_id = $AgencyId, vision_zh = $VisionZh,
                    vision_en = $VisionEn, is_sample = $IsSample, updated_on = $Today, version = version + 1
                WHERE id = $Id
                """,
                t, header);
        }

        c.Execute("DELETE FROM plan_tasks WHERE plan_id = $planId", t, new { planId });
        foreach (var task in plan.Tasks)
        {
            c.Execute("INSERT INTO plan_tasks (plan_id, ordinal, text_zh, text_en) VALUES ($planId, $Ordinal, $Zh, $En)",
                t, new { planId, task.Ordinal, task.Text.Zh, task.Text.En });
        }

        var counts = WriteGoals(c, t, planId, plan.Goals);
        WriteBudget(c, t, planId, budgetLines);
        AuditTrail.Record(c, t, context, planId, "plan", plan.Slug, "import", string.Empty, before, Summary(c, t, planId));
        return new PlanWriteResult(planId, existing is null, counts.Added, counts.Updated, counts.Removed);
    }

    /// <summary>secretariat for 107-secretariat: the agency code an unknown agency gets when none is named.</summary>
    public static string AgencyCodeFromSlug(string slug)
    {
        var dash = slug.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && slug[..dash].All(char.IsAsciiDigit) && dash < slug.Length - 1 ? slug[(dash + 1)..] : slug;
    }

    private static string RecordedZh(long actuals, long exchanges) =>
        string.Join("及", new[] { actuals > 0 ? $" {actuals} 筆實際值" : null, exchanges > 0 ? $" {exchanges} 筆交流紀錄" : null }.OfType<string>());

    private static string RecordedEn(long actuals, long exchanges)
    {
        var parts = new[]
        {
            actuals > 0 ? $"{actuals} {(actuals == 1 ? "actual" : "actuals")}" : null,
            exchanges > 0 ? $"{exchanges} {(exchanges == 1 ? "exchange entry" : "exchange entries")}" : null,
        }.OfType<string>().ToList();
        return string.Join(" and ", parts) + (actuals + exchanges == 1 ? " is" : " are");
    }

    /// <summary>Refuses to drop an indicator that has actuals or exchange entries counting towards it.</summary>
    private static void CheckRemovals(SqliteConnection c, SqliteTransaction t, long planId, Plan plan)
    {
        var kept = plan.Goals.SelectMany(g => g.Indicators.Select(i => $"{g.Ordinal}.{i.Ordinal}")).ToHashSet(StringComparer.Ordinal);
        var current = c.Query(
            """
            SELECT g.ordinal || '.' || i.ordinal AS code, i.title_zh, i.title_en,
                (SELECT COUNT(*) FROM actuals a WHERE a.indicator_id = i.id) AS actuals,
                (SELECT COUNT(*) FROM exchanges x WHERE x.plan_id = g.plan_id AND x.indicator_code = g.ordinal || '.' || i.ordinal) AS exchanges
            FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.plan_id = $planId ORDER BY g.ordinal, i.ordinal
            """,
            r => (Code: r.Text("code"), Title: r.Bilingual("title"), Actuals: r.Long("actuals"), Exchanges: r.Long("exchanges")), t, new { planId });
        var errors = current
            .Where(i => !kept.Contains(i.Code) && (i.Actuals > 0 || i.Exchanges > 0))
            .Select(i => new FieldError($"indicator {i.Code}", new(
                $"文件已無指標 {i.Code}「{i.Title.Zh}」，但它有{RecordedZh(i.Actuals, i.Exchanges)}；請先移除或改歸其他指標",
                $"the document no longer has indicator {i.Code} '{i.Title.Zh}', but {RecordedEn(i.Actuals, i.Exchanges)} recorded against it; remove or reassign them first")))
            .ToList();
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static (int Added, int Updated, int Removed) WriteGoals(SqliteConnection c, SqliteTransaction t, long planId, IReadOnlyList<StrategicGoal> goals)
    {
        int added = 0, updated = 0, removed = 0;
        var existingGoals = c.Query("SELECT id, ordinal FROM goals WHERE plan_id = $planId", r => (Id: r.Long("id"), Ordinal: r.Int("ordinal")), t, new { planId })
            .ToDictionary(g => g.Ordinal, g => g.Id);
        var existingIndicators = c.Query(
            """
            SELECT i.id, g.ordinal AS goal_ordinal, i.ordinal FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.plan_id = $planId
            """,
            r => (Id: r.Long("id"), Goal: r.Int("goal_ordinal"), Ordinal: r.Int("ordinal")), t, new { planId })
            .ToDictionary(i => (i.Goal, i.Ordinal), i => i.Id);

        foreach (var ((goal, ordinal), id) in existingIndicators)
        {
            if (!goals.Any(g => g.Ordinal == goal && g.Indicators.Any(i => i.Ordinal == ordinal)))
            {
                c.Execute("DELETE FROM indicators WHERE id = $id", t, new { id });
                removed++;
            }
        }

        foreach (var (ordinal, id) in existingGoals.Where(g => goals.All(x => x.Ordinal != g.Key)))
        {
            c.Execute("DELETE FROM goals WHERE id = $id", t, new { id });
        }

        foreach (var goal in goals)
        {
            var g = new { planId, goal.Ordinal, TitleZh = goal.Title.Zh, TitleEn = goal.Title.En, Weight = goal.WeightPercent };
            long goalId;
            if (existingGoals.TryGetValue(goal.Ordinal, out var gid))
            {
                goalId = gid;
                c.Execute(
                    """
                    UPDATE goals SET title_zh = $TitleZh, title_en = $TitleEn, weight_percent = $Weight, version = version + 1
                    WHERE plan_id = $planId AND ordinal = $Ordinal AND (title_zh <> $TitleZh OR title_en <> $TitleEn OR weight_percent <> $Weight)
                    """,
                    t, g);
            }
            else
            {
                goalId = c.InsertReturningId(
                    "INSERT INTO goals (plan_id, ordinal, title_zh, title_en, weight_percent) VALUES ($planId, $Ordinal, $TitleZh, $TitleEn, $Weight)",
                    t, g);
            }

            c.Execute("DELETE FROM goal_items WHERE goal_id = $goalId", t, new { goalId });
            foreach (var item in goal.Items)
            {
                c.Execute("INSERT INTO goal_items (goal_id, ordinal, text_zh, text_en) VALUES ($goalId, $Ordinal, $Zh, $En)",
                    t, new { goalId, item.Ordinal, item.Text.Zh, item.Text.En });
            }

            foreach (var indicator in goal.Indicators)
            {
                var p = new
                {
                    goalId,
                    indicator.Ordinal,
                    TitleZh = indicator.Title.Zh,
                    TitleEn = indicator.Title.En,
                    Weight = indicator.WeightPercent,
                    MeasurementZh = indicator.MeasurementStandard.Zh,
                    MeasurementEn = indicator.MeasurementStandard.En,
                    Target = indicator.TargetValue,
                    UnitZh = indicator.Unit.Zh,
                    UnitEn = indicator.Unit.En,
                    Direction = indicator.Direction.Code(),
                    UnitEnOne = indicator.UnitEnOne,
                    Aggregation = indicator.Aggregation.Code(),
                };
                if (existingIndicators.ContainsKey((goal.Ordinal, indicator.Ordinal)))
                {
                    updated += c.Execute(
                        """
                        UPDATE indicators SET title_zh = $TitleZh, title_en = $TitleEn, weight_percent = $Weight, measurement_zh = $MeasurementZh,
                            measurement_en = $MeasurementEn, target_value = $Target, unit_zh = $UnitZh, unit_en = $UnitEn,
                            direction = $Direction, unit_en_one = CASE WHEN unit_en <> $UnitEn THEN $UnitEnOne ELSE unit_en_one END,
                            version = version + 1
                        WHERE goal_id = $goalId AND ordinal = $Ordinal
                          AND (title_zh <> $TitleZh OR title_en <> $TitleEn OR weight_percent <> $Weight OR measurement_zh <> $MeasurementZh
                            OR measurement_en <> $MeasurementEn OR target_value <> $Target OR unit_zh <> $UnitZh OR unit_en <> $UnitEn
                            OR direction <> $Direction)
                        """,
                        t, p);
                }
                else
                {
                    c.Execute(
                        """
                        INSERT INTO indicators (goal_id, ordinal, title_zh, title_en, weight_percent, measurement_zh, measurement_en,
                            target_value, unit_zh, unit_en, direction, unit_en_one, aggregation)
                        VALUES ($goalId, $Ordinal, $TitleZh, $TitleEn, $Weight, $MeasurementZh, $MeasurementEn, $Target, $UnitZh, $UnitEn, $Direction,
                            $UnitEnOne, $Aggregation)
                        """,
                        t, p);
                    added++;
                }
            }
        }

        return (added, updated, removed);
    }

    /// <summary>Budget lines by their order in the table: updated in place (ids kept), added, or the surplus removed.</summary>
    private static void WriteBudget(SqliteConnection c, SqliteTransaction t, long planId, IReadOnlyList<BudgetLine> lines)
    {
        c.Execute("DELETE FROM budget_lines WHERE plan_id = $planId AND ordinal > $count", t, new { planId, count = lines.Count });
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var p = new
            {
                planId,
                Ordinal = i + 1,
                Programme = line.ProgrammeOrdinal,
                TitleZh = line.ProgrammeTitle.Zh,
                TitleEn = line.ProgrammeTitle.En,
                ItemsZh = line.Items.Zh,
                ItemsEn = line.Items.En,
                Amount = line.AmountThousandNtd,
                NoteZh = line.Note.Zh,
                NoteEn = line.Note.En,
            };
            var changed = c.Execute(
                """
                UPDATE budget_lines SET programme_ordinal = $Programme, programme_title_zh = $TitleZh, programme_title_en = $TitleEn,
                    items_zh = $ItemsZh, items_en = $ItemsEn, amount_thousand_ntd = $Amount, note_zh = $NoteZh, note_en = $NoteEn,
                    version = version + 1
                WHERE plan_id = $planId AND ordinal = $Ordinal
                  AND (programme_ordinal <> $Programme OR programme_title_zh <> $TitleZh OR programme_title_en <> $TitleEn
                    OR items_zh <> $ItemsZh OR items_en <> $ItemsEn OR amount_thousand_ntd <> $Amount OR note_zh <> $NoteZh OR note_en <> $NoteEn)
                """,
                t, p);
            if (changed == 0)
            {
                c.Execute(
                    """
                    INSERT INTO budget_lines (plan_id, ordinal, programme_ordinal, programme_title_zh, programme_title_en, items_zh, items_en,
                        amount_thousand_ntd, note_zh, note_en)
                    VALUES ($planId, $Ordinal, $Programme, $TitleZh, $TitleEn, $ItemsZh, $ItemsEn, $Amount, $NoteZh, $NoteEn)
                    ON CONFLICT (plan_id, ordinal) DO NOTHING
                    """,
                    t, p);
            }
        }
    }

    /// <summary>One line for the audit trail: how much content the plan has.</summary>
    private static string Summary(SqliteConnection c, SqliteTransaction t, long planId)
    {
        var p = new { planId };
        var goals = Convert.ToInt64(c.Scalar("SELECT COUNT(*) FROM goals WHERE plan_id = $planId", t, p), CultureInfo.InvariantCulture);
        var indicators = Convert.ToInt64(c.Scalar("SELECT COUNT(*) FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.plan_id = $planId", t, p), CultureInfo.InvariantCulture);
        var budget = BudgetQueries.ForPlan(c, t, planId);
        return $"{goals} goals, {indicators} indicators, {budget.Count} budget lines, total {BudgetFigures.Total(budget).ToString(CultureInfo.InvariantCulture)} NT$ thousand";
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
