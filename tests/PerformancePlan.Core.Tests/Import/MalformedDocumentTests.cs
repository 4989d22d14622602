using PerformancePlan.Core.Import;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Import;

/// <summary>
/// Documents that break the standard structure: each is refused with the file, the line and what
/// was expected, and the database (already holding the plan and its data) is left exactly as it was.
/// </summary>
public class MalformedDocumentTests
{
    /// <summary>Name → (Chinese document, English document, the error it must produce).</summary>
    public static readonly Dictionary<string, (Func<string> Zh, Func<string>? En, string Error)> Cases = new()
    {
        ["empty file"] = (() => string.Empty, null,
            "plan.zh-TW.md:1: the document is empty; expected the title line # <機關> <民國年> 年度施政計畫 (e.g. '# 秘書處 107 年度施政計畫')"),
        ["blank lines only"] = (() => "\n\n  \n", null,
            "plan.zh-TW.md:3: the document is empty; expected the title line # <機關> <民國年> 年度施政計畫 (e.g. '# 秘書處 107 年度施政計畫')"),
        ["missing title line"] = (() => WithoutLines(Seed(), 3), null,
            "plan.zh-TW.md:4: expected the title line # <機關> <民國年> 年度施政計畫 (e.g. '# 秘書處 107 年度施政計畫'), found '壹、願景及任務'"),
        ["title without a year"] = (() => Replace(Seed(), 3, "# 秘書處 107 年度施政計畫", "# 秘書處年度施政計畫"), null,
            "plan.zh-TW.md:3: the title '秘書處年度施政計畫' has no fiscal year; expected # <機關> <民國年> 年度施政計畫 (e.g. '# 秘書處 107 年度施政計畫')"),
        ["missing section"] = (() => WithoutLines(Seed(), 64, 84), null,
            "plan.zh-TW.md:64: missing section 參、年度績效指標; expected it before 肆、年度重要施政計畫與預算配合對照表"),
        ["missing last section"] = (() => WithoutLines(Seed(), 85, 98), null,
            "plan.zh-TW.md:83: missing section 肆、年度重要施政計畫與預算配合對照表; the document ends at line 83"),
        ["section twice"] = (() => Replace(Seed(), 85, "肆、", "參、"), null,
            "plan.zh-TW.md:85: section 參、年度績效指標 appears twice (first at line 64)"),
        ["weight not a number"] = (() => Replace(Seed(), 67, "(5%)", "(五%)"), null,
            "plan.zh-TW.md:67: indicator weight '(五%)' is not a percentage"),
        ["goal weight not a number"] = (() => Replace(Seed(), 69, "(8%)", "(八%)"), null,
            "plan.zh-TW.md:69: goal weight '(八%)' is not a percentage"),
        ["indicator without a weight"] = (() => Replace(Seed(), 72, "(2%)", string.Empty), null,
            "plan.zh-TW.md:72: indicator 二(四) '增加媒體曝光' has no weight; expected '(n%)' at the end of its cell"),
        ["target without a number"] = (() => Replace(Seed(), 68, "20 團", "二十團"), null,
            "plan.zh-TW.md:68: target '二十團' of indicator 一(二) has no number; expected a number and a unit, such as '6 次' or '95%'"),
        ["target without a unit"] = (() => Replace(Seed(), 67, "6 次", "6"), null,
            "plan.zh-TW.md:67: target '6' of indicator 一(一) has no unit; expected a number and a unit, such as '6 次' or '95%'"),
        ["goal with no indicators"] = (() => WithoutLines(Seed(), 75, 77), null,
            "plan.zh-TW.md:40: goal 四 '優化民眾申請案件之時效' has no indicators in section 參、年度績效指標"),
        ["table row with too many cells"] = (() => Replace(Seed(), 68, "20 團", "20 團\t多餘"), null,
            "plan.zh-TW.md:68: table row has 5 cells; the header has 4"),
        ["duplicate goal numbers"] = (() => Replace(Seed(), 26, "二、", "一、"), null,
            "plan.zh-TW.md:26: duplicate goal number 一 (first at line 21)"),
        ["goal numbers with a gap"] = (() => Replace(Seed(), 26, "二、", "三、"), null,
            "plan.zh-TW.md:26: expected goal 二, found 三"),
        ["indicator numbers with a gap"] = (() => Replace(Seed(), 68, "(二)", "(三)"), null,
            "plan.zh-TW.md:68: expected indicator (二) of goal 一, found (三)"),
        ["goal weights in table and goals section differ"] = (() => Replace(Seed(), 21, "推動國際友好城市交流", "推動國際友好城市交流(12%)"), null,
            "plan.zh-TW.md:67: goal 一 weighs 10% in the indicator table but 12% in section 貳 (line 21)"),
        ["indicator weights do not add up to the goal's"] = (() => Replace(Seed(), 67, "(10%)", "(11%)"), null,
            "plan.zh-TW.md:67: goal 一 weighs 11% but its indicators add up to 10% (5% + 5%)"),
        ["indicator table names a goal that does not exist"] = (() => Replace(Seed(), 83, "八、", "九、"), null,
            "plan.zh-TW.md:83: the indicator table names goal 九 ('工友員額控管'), but section 貳 has goals 一 to 八"),
        ["same goal twice in the indicator table"] = (() => Replace(Seed(), 69, "二、", "一、"), null,
            "plan.zh-TW.md:69: goal 一 appears twice in the indicator table (first at line 67)"),
        ["budget amount not a number"] = (() => Replace(Seed(), 89, "3,000", "三千"), null,
            "plan.zh-TW.md:89: budget amount '三千' is not a number (NT$ thousand, such as 5,328.75)"),
        ["budget line without an amount"] = (() => Replace(Seed(), 93, "\t200\t", "\t\t"), null,
            "plan.zh-TW.md:93: a budget line of program 四 has no amount; expected NT$ thousand such as 5,328.75"),
        ["no indicator table"] = (() => WithoutLines(Seed(), 66, 83), null,
            "plan.zh-TW.md:64: section 參、年度績效指標 has no tab-separated table; expected a header row '策略目標 (權重) ⇥ 績效指標 (權重) ⇥ 衡量標準 ⇥ 目標值'"),
        ["text inside a table"] = (() => Replace(Seed(), 76, string.Empty, "註：本表依 PDF 轉出"), null,
            "plan.zh-TW.md:76: expected a tab-separated row of the table in section 參、年度績效指標, found '註：本表依 PDF 轉出'"),
        ["last budget row that lost its tabs"] = (() => Replace(Seed(), 98, "\t", " "), null,
            "plan.zh-TW.md:98: this line looks like a row of the table in section 肆、年度重要施政計畫與預算配合對照表 but has no tabs; separate its cells with tabs, found '八、工友員額控管 工友退休、資遣、離職、死亡遇缺不補 0'"),
        ["NUL in a unit cell"] = (() => Replace(Seed(), 67, "6 次", "6 次\0"), null,
            $"plan.zh-TW.md:67: the line holds the control character U+0000 at column {Seed().Split('\n')[66].IndexOf("6 次", StringComparison.Ordinal) + 4}, which a published text cannot hold"),
        ["C1 control in a goal"] = (() => Replace(Seed(), 21, "推動國際友好城市交流", "推動國際\u0085友好城市交流"), null,
            $"plan.zh-TW.md:21: the line holds the control character U+0085 at column {Seed().Split('\n')[20].IndexOf("推動國際", StringComparison.Ordinal) + 5}, which a published text cannot hold"),
        ["goal weight with a small fraction"] = (() => Replace(Seed(), 67, "(10%)", "(10.001%)"), null,
            "plan.zh-TW.md:67: goal 一 weighs 10.001% but its indicators add up to 10% (5% + 5%)"),
        ["item numbers with a gap"] = (() => Replace(Seed(), 24, "(二)", "(三)"), null,
            "plan.zh-TW.md:24: expected item (二) under 一, found (三)"),
        ["translation with a different number of goals"] = (Seed, () => WithoutLines(English(), 55, 57),
            "plan.en.md:17: the translation has 7 goals; plan.zh-TW.md has 8"),
        ["translation with a different weight"] = (Seed, () => Replace(English(), 63, "(5%)", "(4%)"),
            "plan.en.md:63: indicator 1.2 weighs 4% in the translation but 5% in plan.zh-TW.md (line 68)"),
        ["translation with a different target"] = (Seed, () => Replace(English(), 62, "6 exchanges", "7 exchanges"),
            "plan.en.md:62: indicator 1.1 has the target 7 in the translation but 6 in plan.zh-TW.md (line 67)"),
        ["translation with a different number of indicators"] = (Seed, () => WithoutLines(English(), 67, 67),
            "plan.en.md:64: goal 2 has 3 indicators in the translation; goal 二 has 4 in plan.zh-TW.md (line 69)"),
        ["translation with a different budget"] = (Seed, () => Replace(English(), 84, "200", "300"),
            "plan.en.md:84: budget amount 300 differs from 200 in plan.zh-TW.md (line 93)"),
        ["translation for another year"] = (Seed, () => Replace(English(), 1, "Fiscal Year 107 (2018)", "Fiscal Year 108 (2019)"),
            "plan.en.md:1: the translation is for fiscal year 108; plan.zh-TW.md is for 107"),
        ["translation without its title"] = (Seed, () => WithoutLines(English(), 1, 1),
            "plan.en.md:2: expected the title line # <agency> — Performance Plan, Fiscal Year <ROC year> (<year>), found 'I. Vision and Tasks'"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Is_refused_with_file_line_and_what_was_expected(string name)
    {
        var (zh, en, error) = Cases[name];
        var ex = Assert.Throws<PlanDocumentException>(() =>
            PlanDocumentParser.Parse(zh(), "plan.zh-TW.md", en?.Invoke(), "plan.en.md", "107-secretariat"));
        Assert.Equal(error, ex.Message);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Leaves_the_database_exactly_as_it_was(string name)
    {
        using var db = new SeededDatabase();
        var before = DatabaseDump.Of(db.Database);
        var (zh, en, _) = Cases[name];
        Assert.Throws<PlanDocumentException>(() =>
        {
            var imported = PlanDocumentParser.Parse(zh(), "plan.zh-TW.md", en?.Invoke(), "plan.en.md", "107-secretariat");
            new PlanContentWriter(db.Database).Upsert(imported, SeededDatabase.Context);
        });
        Assert.Equal(before, DatabaseDump.Of(db.Database));
    }

    [Fact]
    public void The_unchanged_seed_and_translation_are_accepted()
    {
        var imported = PlanDocumentParser.Parse(Seed(), "plan.zh-TW.md", English(), "plan.en.md", "107-secretariat");
        Assert.Equal(15, imported.Plan.Indicators.Count());
    }

    private static string Seed() => SeedFiles.Chinese;

    private static string English() => SeedFiles.English;

    /// <summary>The document with <paramref name="from"/>…<paramref name="to"/> (1-based, inclusive) removed.</summary>
    private static string WithoutLines(string text, int from, int? to = null)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveRange(from - 1, (to ?? from) - from + 1);
        return string.Join('\n', lines);
    }

    /// <summary>The document with <paramref name="old"/> replaced on line <paramref name="line"/> only (which must contain it).</summary>
    private static string Replace(string text, int line, string old, string replacement)
    {
        var lines = text.Split('\n');
        if (old.Length == 0)
        {
            Assert.Equal(string.Empty, lines[line - 1]);
            lines[line - 1] = replacement;
        }
        else
        {
            Assert.Contains(old, lines[line - 1], StringComparison.Ordinal);
            lines[line - 1] = lines[line - 1].Replace(old, replacement, StringComparison.Ordinal);
        }

        return string.Join('\n', lines);
    }
}
