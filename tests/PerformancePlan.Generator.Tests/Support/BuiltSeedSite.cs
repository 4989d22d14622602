namespace PerformancePlan.Generator.Tests.Support;

/// <summary>The seed plan's site, built once and shared by the tests that only read it.</summary>
public sealed class BuiltSeedSite : IDisposable
{
    public BuiltSeedSite()
    {
        Site = new TempSite();
        Result = Site.Build();
    }

    public TempSite Site { get; }

    public PerformancePlan.Generator.Pipeline.BuildResult Result { get; }

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SeedSiteCollection : ICollectionFixture<BuiltSeedSite>
{
    public const string Name = "seed site";
}
