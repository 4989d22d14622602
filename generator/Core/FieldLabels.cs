using System.Globalization;
using System.Text.RegularExpressions;

namespace PerformancePlan.Core;

/// <summary>
/// The one place a field is named for people: the admin's labels, its error summaries and conflict
/// views, and Core's validation messages all take a field's label from here, by the field's Core
/// name (<c>title_zh</c>, <c>programme_ordinal</c>). Numbered fields (<c>item_2_zh</c>, <c>task_3_en</c>)
/// are named with their number.
/// </summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, Bilingual> Labels = new(StringComparer.Ordinal)
    {
        ["agency_zh"] = new("機關名稱（中文）", "Agency (Chinese)"),
        ["agency_en"] = new("機關名稱（英文）", "Agency (English)"),
        ["vision_zh"] = new("願景（中文）", "Vision (Chinese)"),
        ["vision_en"] = new("願景（英文）", "Vision (English)"),
        ["title_zh"] = new("名稱（中文）", "Title (Chinese)"),
        ["title_en"] = new("名稱（英文）", "Title (English)"),
        ["weight_percent"] = new("權重（%）", "Weight (%)"),
        ["measurement_zh"] = new("衡量標準（中文）", "Measurement standard (Chinese)"),
        ["measurement_en"] = new("衡量標準（英文）", "Measurement standard (English)"),
        ["unit_zh"] = new("單位（中文）", "Unit (Chinese)"),
        ["unit_en_one"] = new("單位（英文單數）", "Unit (English, singular)"),
        ["aggregation"] = new("年度結果計算方式", "How the year's result is obtained"),
        ["due_days"] = new("填報期限（天）", "Days until due"),
        ["dq_source"] = new("資料來源", "Data source"),
        ["dq_source_zh"] = new("資料來源（中文）", "Data source (Chinese)"),
        ["dq_source_en"] = new("資料來源（英文）", "Data source (English)"),
        ["dq_method"] = new("計算方式", "How it is counted"),
        ["dq_method_zh"] = new("計算方式（中文）", "How it is counted (Chinese)"),
        ["dq_method_en"] = new("計算方式（英文）", "How it is counted (English)"),
        ["dq_frequency"] = new("填報頻率", "Frequency"),
        ["dq_frequency_zh"] = new("填報頻率（中文）", "Frequency (Chinese)"),
        ["dq_frequency_en"] = new("填報頻率（英文）", "Frequency (English)"),
        ["dq_limitations"] = new("已知限制", "Known limitations"),
        ["dq_limitations_zh"] = new("已知限制（中文）", "Known limitations (Chinese)"),
        ["dq_limitations_en"] = new("已知限制（英文）", "Known limitations (English)"),
        ["dq_unit"] = new("承辦單位", "Responsible unit"),
        ["dq_unit_zh"] = new("承辦單位（中文）", "Responsible unit (Chinese)"),
        ["dq_unit_en"] = new("承辦單位（英文）", "Responsible unit (English)"),
        ["unit_en"] = new("單位（英文）", "Unit (English)"),
        ["target_value"] = new("目標值", "Target value"),
        ["direction"] = new("方向", "Direction"),
        ["reason"] = new("變更原因", "Reason for the change"),
        ["value"] = new("實際值", "Actual value"),
        ["note_zh"] = new("備註（中文）", "Note (Chinese)"),
        ["note_en"] = new("備註（英文）", "Note (English)"),
        ["source"] = new("資料來源", "Source"),
        ["reported_on"] = new("填報日期", "Date reported"),
        ["period"] = new("期間", "Period"),
        ["date"] = new("日期", "Date"),
        ["kind"] = new("類別", "Kind"),
        ["partner_city_zh"] = new("交流城市（中文）", "Partner city (Chinese)"),
        ["partner_city_en"] = new("交流城市（英文）", "Partner city (English)"),
        ["country_zh"] = new("國家（中文）", "Country (Chinese)"),
        ["country_en"] = new("國家（英文）", "Country (English)"),
        ["delegation_size"] = new("團員人數", "Delegation size"),
        ["summary_zh"] = new("摘要（中文）", "Summary (Chinese)"),
        ["summary_en"] = new("摘要（英文）", "Summary (English)"),
        ["indicator_code"] = new("相關指標", "Related indicator"),
        ["source_url"] = new("來源連結", "Source link"),
        ["programme_ordinal"] = new("計畫編號", "Program number"),
        ["programme_title_zh"] = new("計畫名稱（中文）", "Program title (Chinese)"),
        ["programme_title_en"] = new("計畫名稱（英文）", "Program title (English)"),
        ["items_zh"] = new("實施項目（中文）", "Implementation items (Chinese)"),
        ["items_en"] = new("實施項目（英文）", "Implementation items (English)"),
        ["amount_thousand_ntd"] = new("金額（千元）", "Amount (NT$ thousand)"),
        ["month"] = new("月份", "Month"),
        ["online_signed"] = new("公文線上簽核件數", "Documents signed and approved online"),
        ["electronic_received"] = new("電子公文收文總數", "Electronic documents received"),
        ["paper_signed_online"] = new("紙本來文線上簽核數", "Incoming paper documents processed online"),
        ["self_drafted"] = new("自創簽稿數", "Internally drafted documents"),
        ["markdown_zh"] = new("內容（中文 Markdown）", "Text (Chinese, Markdown)"),
        ["markdown_en"] = new("內容（英文 Markdown）", "Text (English, Markdown)"),
        ["role"] = new("角色", "Role"),
        ["name"] = new("帳號", "User name"),
        ["password"] = new("密碼", "Password"),
        ["name_zh"] = new("機關名稱（中文）", "Agency name (Chinese)"),
        ["name_en"] = new("機關名稱（英文）", "Agency name (English)"),
        ["code"] = new("機關代碼", "Agency code"),
        ["sort_order"] = new("排序", "Sort order"),
        ["city_name_zh"] = new("城市名稱（中文）", "City name (Chinese)"),
        ["city_name_en"] = new("城市名稱（英文）", "City name (English)"),
        ["key"] = new("頁面代碼", "Page key"),
        ["continues"] = new("延續的指標", "Continues indicator"),
        ["year"] = new("民國年度", "ROC year"),
        ["slug"] = new("計畫代碼", "Plan slug"),
        ["indicator"] = new("指標", "Indicator"),
    };

    private static readonly Dictionary<string, Bilingual> Numbered = new(StringComparer.Ordinal)
    {
        ["item"] = new("項目 {0}", "Item {0}"),
        ["task"] = new("任務 {0}", "Task {0}"),
    };

    /// <summary>True when <paramref name="field"/> has a label here.</summary>
    public static bool Has(string field) => Labels.ContainsKey(field) || NumberedField().IsMatch(field);

    /// <summary>The field's label as a form shows it ("Title (Chinese)"); the field's own name when it has none.</summary>
    public static Bilingual Of(string field)
    {
        if (Labels.TryGetValue(field, out var label))
        {
            return label;
        }

        var match = NumberedField().Match(field);
        if (match.Success && Numbered.TryGetValue(match.Groups["kind"].Value, out var template))
        {
            var n = match.Groups["n"].Value;
            var chinese = match.Groups["lang"].Value == "zh";
            return new(
                string.Format(CultureInfo.InvariantCulture, template.Zh, n) + (chinese ? "（中文）" : "（英文）"),
                string.Format(CultureInfo.InvariantCulture, template.En, n) + (chinese ? " (Chinese)" : " (English)"));
        }

        return new(field, field);
    }

    /// <summary>The label as a sentence uses it: "the title (Chinese) is required".</summary>
    public static Bilingual InSentence(string field)
    {
        var label = Of(field);
        var en = label.En.Length > 1 && char.IsUpper(label.En[0]) && !char.IsUpper(label.En[1])
            ? char.ToLowerInvariant(label.En[0]) + label.En[1..]
            : label.En;
        return label with { En = en };
    }

    [GeneratedRegex("^(?<kind>[a-z]+)_(?<n>[0-9]+)_(?<lang>zh|en)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedField();
}
