namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>Where the run leaves files for a person to look at: under the test output directory.</summary>
public static class Artifacts
{
    public static string Directory(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    public static string Screenshots => Directory("screenshots");

    public static string Downloads => Directory("downloads");
}
