using System.Globalization;

namespace PerformancePlan.Core.ESignature;

/// <summary>
/// What a month's four counts must meet and how a change to them is audited: the one home of their
/// rules, for the admin, the CSV import, the store and the checks before publishing.
/// </summary>
public static class ESignatureRules
{
    /// <summary>Null when the counts make a ratio; else the error, on the field at fault.</summary>
    public static FieldError? CountsProblem(this ESignatureMonth m)
    {
        foreach (var (field, count) in new[]
        {
            ("online_signed", m.OnlineSigned), ("electronic_received", m.ElectronicReceived),
            ("paper_signed_online", m.PaperSignedOnline), ("self_drafted", m.SelfDrafted),
        })
        {
            if (count < 0)
            {
                var label = FieldLabels.InSentence(field);
                return new(field, new($"{label.Zh}不得為負數（{count}）", $"the {label.En} must not be negative ({count})"));
            }
        }

        return m.Denominator == 0
            ? new("electronic_received", new(
                "分母（電子公文收文總數＋紙本來文線上簽核數＋自創簽稿數）為 0，無法計算比率",
                "the denominator (electronic documents received + incoming paper documents processed online + internally drafted documents) is zero, so no ratio can be computed"))
            : null;
    }

    /// <summary>The fields the audit trail compares, by their Core names.</summary>
    public static Dictionary<string, string?> AuditFields(ESignatureMonth m) => new()
    {
        ["online_signed"] = m.OnlineSigned.ToString(CultureInfo.InvariantCulture),
        ["electronic_received"] = m.ElectronicReceived.ToString(CultureInfo.InvariantCulture),
        ["paper_signed_online"] = m.PaperSignedOnline.ToString(CultureInfo.InvariantCulture),
        ["self_drafted"] = m.SelfDrafted.ToString(CultureInfo.InvariantCulture),
    };
}
