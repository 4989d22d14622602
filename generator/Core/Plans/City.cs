namespace PerformancePlan.Core.Plans;

/// <summary>The city whose agencies' plans the portal holds; plan names say it before the agency.</summary>
public static class City
{
    public static Bilingual Name { get; } = new("桃園市政府", "Taoyuan City Government");

    /// <summary>"桃園市政府秘書處" for the agency "秘書處"; an agency already named with the city is left as it is.</summary>
    public static string QualifiedZh(Bilingual agency) =>
        agency.Zh.StartsWith(Name.Zh, StringComparison.Ordinal) ? agency.Zh : Name.Zh + agency.Zh;
}
