namespace PerformancePlan.Generator.Text;

public sealed partial record CityText
{
    public static CityText ZhTw { get; } = new()
    {
        OverviewTitle = city => $"{city}各機關施政計畫",
        OverviewIntro = "依機關及年度查看施政計畫；每格為該年度計畫之已達成指標數／指標總數，最新年度在前。",
        OverviewCaption = "各機關歷年施政計畫（已達成／指標數）",
        AgencyColumn = "機關",
        AchievedOfTotal = (achieved, total) => $"{achieved}／{total}",
        NoPlan = "無計畫",
        Agencies = "機關",
        AgencyDescription = agency => $"{agency}歷年施政計畫、跨年度績效指標及各年度預算。",
        PlansByYear = "各年度施政計畫",
        FiscalYearColumn = "年度",
        PlanColumn = "計畫",
        AchievedColumn = "已達成",
        IndicatorsColumn = "指標數",
        IndicatorsAcrossYears = "跨年度績效指標",
        IndicatorsAcrossYearsIntro = "延續前一年度的指標串成一條歷程，可查看每年的目標與結果。",
        NoIndicatorsAcrossYears = "尚無延續至次一年度的指標。",
        YearsColumn = "年度範圍",
        YearSpan = (first, last) => $"{first}–{last} 年度",
        ChainIntro = "本指標逐年延續；下表列出每一年度的所屬目標、權重、目標值、年度結果及狀態。",
        ChainDescription = title => $"「{title}」歷年目標值與年度結果。",
        ChainTitle = (title, agency, span) => $"{agency}「{title}」（{span}）",
        YearResult = "年度結果",
        GoalColumn = "所屬策略目標",
        ChartTitle = "歷年目標值與年度結果",
        ChartDescription = "{0} 至 {1} 年度共 {2} 個年度的目標值與年度結果（單位：{4}），其中 {3} 個年度達成目標。",
        ChartTarget = "目標值",
        ChartResult = "年度結果",
        EarlierYears = "歷年資料",
        TargetPending = "目標值待訂",
        YearByYear = "逐年目標與結果",
        AllPlansData = "全部計畫資料",
    };
}
