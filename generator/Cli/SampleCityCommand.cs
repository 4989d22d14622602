using System.Globalization;
using System.Text.RegularExpressions;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Bench;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// <c>sample-city [--agencies N] [--years A-B] [--db FILE]</c>: creates a database of a synthetic city (every plan
/// flagged as sample data) to try the portal and the site at scale. It refuses to touch a database that exists.
/// </summary>
public sealed partial class SampleCityCommand : ICommand
{
    public string Name => "sample-city";

    public string Usage => "sample-city [--agencies 30] [--years 105-111] [--db <file>]   create a sample city's database (default data/sample-city.db)";

    public Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var agencies = args.IntOption("agencies", 1, SampleCity.Agencies.Count) ?? 30;
        var yearsText = args.Option("years") ?? "105-111";
        var dbOption = args.Option("db");
        args.RejectUnknown();
        if (args.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument '{args.Positional[0]}'");
        }

        var years = YearRange().Match(yearsText);
        var first = years.Success ? int.Parse(years.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var last = years.Success ? int.Parse(years.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (!years.Success || first < 1 || last > 999 || first > last || last - first > 20)
        {
            throw new UsageException($"--years must be a range of ROC years like 105-111 (at most 21 years), not '{yearsText}'");
        }

        var path = Path.GetFullPath(dbOption ?? Path.Combine(PerformancePlan.Core.RepositoryPaths.DataDirectory, "sample-city.db"));
        if (File.Exists(path))
        {
            error.WriteLine($"error: {path} exists; remove it or pass another --db");
            return Task.FromResult(ExitCodes.BadInput);
        }

        var database = new PlanDatabase(path);
        var counts = SampleCity.Write(database, agencies, first, last, new DateOnly(FiscalYear(last) + 1, 1, 15));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"created {path}: {counts.Agencies} agencies, {counts.Plans} plans (ROC {first}–{last}), {counts.Indicators} indicators, {counts.Links} continuation links; every plan is sample data"));
        output.WriteLine($"build its site with: dotnet run --project generator -- build --db {path} --out <dir>");
        return Task.FromResult(ExitCodes.Ok);
    }

    private static int FiscalYear(int roc) => PerformancePlan.Core.FiscalYear.ToAd(roc);

    [GeneratedRegex(@"^(\d{1,3})-(\d{1,3})$")]
    private static partial Regex YearRange();
}
