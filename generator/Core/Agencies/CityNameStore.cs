using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Agencies;

/// <summary>Reads and saves the city's name (the setting <see cref="CitySetting"/> keeps); a change is audited.</summary>
public sealed class CityNameStore(PlanDatabase database)
{
    public Bilingual Read() => CitySetting.Read(database);

    public void Save(Bilingual name, ChangeContext context) =>
        database.InTransaction((c, t) => CitySetting.Write(c, t, name, context));
}
