using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests;

/// <summary>
/// Dependencies in Core point one way: a feature folder (Plans, Budget, Exchanges, ESignature, Users, SitePages)
/// and the importer use Store; Store uses none of them; no two namespaces use each other, directly or through others.
/// </summary>
public class NamespaceDependencyTests
{
    private const string Root = "PerformancePlan.Core";

    private static readonly IReadOnlyDictionary<string, Dictionary<string, string>> Edges =
        NamespaceDependencies.Of(typeof(Bilingual).Assembly, Root);

    [Fact]
    public void No_two_namespaces_of_Core_depend_on_each_other()
    {
        var cycles = NamespaceDependencies.Cycles(Edges);
        Assert.True(cycles.Count == 0, "Namespace cycles in Core:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Store_uses_no_feature_folder_only_the_root_namespace()
    {
        var used = Edges.TryGetValue(Root + ".Store", out var targets) ? targets : [];
        var features = used.Where(u => u.Key != Root).Select(u => $"{u.Key} ({u.Value})").ToList();
        Assert.True(features.Count == 0, "Store uses: " + string.Join(", ", features));
    }

    [Fact]
    public void The_dependency_map_sees_uses_inside_method_bodies()
    {
        // The importer's CSV rows call the stores' reads only inside method bodies; if the map missed
        // those, a cycle made of body-only uses would go unnoticed.
        Assert.Contains(Root + ".Store", Edges[Root + ".Import.Data"].Keys);
        Assert.Contains(Root + ".Plans", Edges[Root + ".Import"].Keys);
    }

    [Fact]
    public void A_cycle_is_reported_with_the_types_that_make_it()
    {
        var edges = new Dictionary<string, Dictionary<string, string>>
        {
            ["A"] = new() { ["B"] = "X uses Y" },
            ["B"] = new() { ["C"] = "Y uses Z" },
            ["C"] = new() { ["A"] = "Z uses X" },
        };
        var cycles = NamespaceDependencies.Cycles(edges);
        Assert.Contains("A ⇄ B: A → B (X uses Y); B → C (Y uses Z), C → A (Z uses X)", cycles);
        Assert.Equal(3, cycles.Count);
    }
}
