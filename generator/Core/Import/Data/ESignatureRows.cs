using System.Globalization;
using PerformancePlan.Core.ESignature;

namespace PerformancePlan.Core.Import.Data;

/// <summary>Reads a row of <c>esignature.csv</c>: month, online_signed, electronic_received, paper_signed_online, self_drafted, and optionally reported_on.</summary>
internal static class ESignatureRows
{
    public static ESignatureMonth? Read(RowFields f, PlanDataContext plan)
    {
        var monthText = f.Required("month");
        DateOnly? month = null;
        if (monthText is not null)
        {
            if (DateOnly.TryParseExact(monthText + "-01", ["yyyy-MM-dd", "yyyy/MM-dd", "yyyy-M-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            {
                month = m;
            }
            else
            {
                f.Errors.Add(new("month", new($"「{monthText}」不是月份，格式應為 YYYY-MM", $"'{monthText}' is not a month; expected YYYY-MM (2018-03)")));
            }
        }

        var online = f.Count("online_signed");
        var received = f.Count("electronic_received");
        var paper = f.Count("paper_signed_online");
        var drafted = f.Count("self_drafted");
        var reportedOn = f.Text("reported_on").Length > 0 ? f.Date("reported_on") : null;
        if (f.Errors.Count > 0 || month is null || online is null || received is null || paper is null || drafted is null)
        {
            return null;
        }

        var result = new ESignatureMonth
        {
            PlanId = plan.PlanId,
            Month = month.Value,
            OnlineSigned = online.Value,
            ElectronicReceived = received.Value,
            PaperSignedOnline = paper.Value,
            SelfDrafted = drafted.Value,
            ReportedOn = reportedOn,
        };
        if (result.CountsProblem() is { } problem)
        {
            f.Errors.Add(problem);
            return null;
        }

        return result;
    }
}
