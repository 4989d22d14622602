using System.Globalization;
using System.Text.RegularExpressions;

namespace PerformancePlan.Core.Import;

/// <summary>
/// How one language numbers the parts of the standard plan document: sections (壹、 / I.), headings
/// (一、 / 1.), items ((一) / (1)) and the title line.
/// </summary>
internal abstract partial class DocumentLanguage
{
    public static readonly DocumentLanguage Chinese = new ChineseNumbering();

    public static readonly DocumentLanguage English = new EnglishNumbering();

    /// <summary>Section 1–4 and the text after its number, or null.</summary>
    public abstract (int Number, string Text)? Section(string plain);

    /// <summary>A heading 一、 / 1. and the text after it, or null.</summary>
    public abstract (int Number, string Text)? Heading(string plain);

    /// <summary>An item (一) / (1) and the text after it, or null.</summary>
    public abstract (int Number, string Text)? Item(string plain);

    /// <summary>Agency and ROC year from the title line, or a description of what is wrong with it.</summary>
    public abstract (string Agency, int RocYear)? Title(string plain, out string? problem);

    public abstract string SectionName(int number);

    public abstract string HeadingNumeral(int number);

    public abstract string ItemNumeral(int number);

    /// <summary>The title line as expected, for error messages.</summary>
    public abstract string TitleExample { get; }

    private sealed partial class ChineseNumbering : DocumentLanguage
    {
        private static readonly string[] SectionNumerals = ["壹", "貳", "參", "肆"];
        private static readonly string[] SectionTitles = ["願景及任務", "年度策略目標", "年度績效指標", "年度重要施政計畫與預算配合對照表"];

        public override string TitleExample => "# <機關> <民國年> 年度施政計畫 (e.g. '# 秘書處 107 年度施政計畫')";

        public override (int, string)? Section(string plain)
        {
            var m = SectionPattern().Match(plain);
            if (!m.Success)
            {
                return null;
            }

            var n = m.Groups["n"].Value switch
            {
                "壹" => 1,
                "貳" or "贰" => 2,
                "參" or "叁" or "参" => 3,
                _ => 4,
            };
            return (n, m.Groups["rest"].Value.Trim());
        }

        public override (int, string)? Heading(string plain)
        {
            var m = HeadingPattern().Match(plain);
            return m.Success && ChineseNumerals.TryParse(m.Groups["n"].Value, out var n) ? (n, m.Groups["rest"].Value.Trim()) : null;
        }

        public override (int, string)? Item(string plain)
        {
            var m = ItemPattern().Match(plain);
            return m.Success && ChineseNumerals.TryParse(m.Groups["n"].Value, out var n) ? (n, m.Groups["rest"].Value.Trim()) : null;
        }

        public override (string, int)? Title(string plain, out string? problem)
        {
            problem = null;
            var text = CjkText.ToHalfWidth(plain).Trim();
            var m = TitlePattern().Match(text);
            if (m.Success)
            {
                var agency = CjkText.Clean(m.Groups["agency"].Value);
                if (agency.Length == 0)
                {
                    problem = $"the title '{plain}' names no agency; expected {TitleExample}";
                    return null;
                }

                return (agency, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture));
            }

            problem = text.Contains("施政計畫", StringComparison.Ordinal)
                ? $"the title '{plain}' has no fiscal year; expected {TitleExample}"
                : $"expected the title line {TitleExample}, found '{plain}'";
            return null;
        }

        public override string SectionName(int number) => $"{SectionNumerals[number - 1]}、{SectionTitles[number - 1]}";

        public override string HeadingNumeral(int number) => ChineseNumerals.Format(number);

        public override string ItemNumeral(int number) => $"({ChineseNumerals.Format(number)})";

        [GeneratedRegex(@"^(?<n>壹|貳|贰|參|叁|参|肆)\s*[、，,．.]\s*(?<rest>.*)$")]
        private static partial Regex SectionPattern();

        [GeneratedRegex(@"^(?<n>[一二三四五六七八九十百〇零兩]+)\s*[、，,．.]\s*(?<rest>.*)$")]
        private static partial Regex HeadingPattern();

        [GeneratedRegex(@"^[(（]\s*(?<n>[一二三四五六七八九十百〇零兩]+)\s*[)）]\s*(?<rest>.*)$")]
        private static partial Regex ItemPattern();

        [GeneratedRegex(@"^(?<agency>.*?)\s*(?<year>\d{2,3})\s*年度\s*施政計畫\s*$")]
        private static partial Regex TitlePattern();
    }

    private sealed partial class EnglishNumbering : DocumentLanguage
    {
        private static readonly string[] SectionNumerals = ["I", "II", "III", "IV"];
        private static readonly string[] SectionTitles = ["Vision and Tasks", "Annual Strategic Goals", "Annual Performance Indicators", "Major Programmes and Budget Allocation"];

        public override string TitleExample => "# <agency> — Performance Plan, Fiscal Year <ROC year> (<year>)";

        public override (int, string)? Section(string plain)
        {
            var m = SectionPattern().Match(plain);
            return m.Success ? (Array.IndexOf(SectionNumerals, m.Groups["n"].Value) + 1, m.Groups["rest"].Value.Trim()) : null;
        }

        public override (int, string)? Heading(string plain)
        {
            var m = HeadingPattern().Match(plain);
            return m.Success ? (int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["rest"].Value.Trim()) : null;
        }

        public override (int, string)? Item(string plain)
        {
            var m = ItemPattern().Match(CjkText.ToHalfWidth(plain));
            return m.Success ? (int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["rest"].Value.Trim()) : null;
        }

        public override (string, int)? Title(string plain, out string? problem)
        {
            problem = null;
            var m = TitlePattern().Match(plain.Trim());
            if (!m.Success)
            {
                problem = $"expected the title line {TitleExample}, found '{plain}'";
                return null;
            }

            var roc = int.Parse(m.Groups["roc"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["ad"].Success && int.Parse(m.Groups["ad"].Value, CultureInfo.InvariantCulture) != roc + 1911)
            {
                problem = $"the title says fiscal year {roc} is {m.Groups["ad"].Value}; ROC year {roc} is {roc + 1911}";
                return null;
            }

            return (m.Groups["agency"].Value.Trim(), roc);
        }

        public override string SectionName(int number) => $"{SectionNumerals[number - 1]}. {SectionTitles[number - 1]}";

        public override string HeadingNumeral(int number) => number.ToString(CultureInfo.InvariantCulture);

        public override string ItemNumeral(int number) => $"({number})";

        [GeneratedRegex(@"^(?<n>IV|III|II|I)\s*\.\s+(?<rest>.*)$")]
        private static partial Regex SectionPattern();

        [GeneratedRegex(@"^(?<n>\d{1,3})\s*\.\s*(?<rest>.*)$")]
        private static partial Regex HeadingPattern();

        [GeneratedRegex(@"^\(\s*(?<n>\d{1,3})\s*\)\s*(?<rest>.*)$")]
        private static partial Regex ItemPattern();

        [GeneratedRegex(@"^(?<agency>.+?)\s+[—–-]+\s+Performance Plan,?\s+Fiscal Year\s+(?<roc>\d{2,3})(?:\s*\((?<ad>\d{4})\))?\s*$", RegexOptions.IgnoreCase)]
        private static partial Regex TitlePattern();
    }
}
