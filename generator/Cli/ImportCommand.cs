using System.Globalization;
using System.Text.RegularExpressions;
using PerformancePlan.Core;
using PerformancePlan.Core.Import;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// <c>import &lt;plan.zh-TW.md&gt; [--en FILE] [--slug SLUG] [--agency CODE] [--sample] [--db FILE]</c>: imports or
/// re-imports a plan document. The plan belongs to the agency with the code given (created when new) or else
/// to the agency the document names.
/// </summary>
public sealed partial class ImportCommand : ICommand, IHasFlags
{
    public string Name => "import";

    public string Usage => "import <plan.zh-TW.md> [--en <plan.en.md>] [--slug <slug>] [--agency <code>] [--sample] [--db <file>]   import or re-import a plan document";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "sample" };

    public Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var english = args.Option("en");
        var slugOption = args.Option("slug");
        var agencyCode = args.Option("agency");
        var sample = args.Flag("sample");
        var dbOption = args.Option("db");
        args.RejectUnknown();
        if (args.Positional.Count != 1)
        {
            throw new UsageException(args.Positional.Count == 0 ? "name the plan document to import" : "import takes one plan document");
        }

        if (agencyCode is not null && !PerformancePlan.Core.Agencies.Agency.IsValidCode(agencyCode))
        {
            throw new UsageException($"--agency: '{agencyCode}' is not an agency code: lower-case letters, digits and hyphens (e.g. secretariat)");
        }

        var chinese = args.Positional[0];
        if (!File.Exists(chinese))
        {
            error.WriteLine($"error: {chinese}: no such file");
            return Task.FromResult(ExitCodes.BadInput);
        }

        if (english is not null && !File.Exists(english))
        {
            error.WriteLine($"error: {english}: no such file");
            return Task.FromResult(ExitCodes.BadInput);
        }

        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(chinese))!, PlanDocumentParser.EnglishFileName);
        if (english is null && File.Exists(beside) && !string.Equals(Path.GetFullPath(beside), Path.GetFullPath(chinese), StringComparison.Ordinal))
        {
            english = beside;
            output.WriteLine($"using the translation found beside the document: {beside}");
        }

        try
        {
            var parsed = PlanDocumentParser.ParseFiles(chinese, english, slugOption ?? "pending");
            var slug = slugOption ?? DeriveSlug(chinese, parsed.Plan.RocYear);
            var slugSource = slugOption is null ? " (derived from the year and the folder name; pass --slug to choose)" : string.Empty;
            var database = DefaultDatabase.Open(dbOption, output);
            var existing = new PlanReader(database).ListPlans().FirstOrDefault(p => p.Slug == slug);
            var isSample = sample || existing?.IsSample == true;
            var plan = parsed.Plan with { Slug = slug, IsSample = isSample, AgencyCode = agencyCode ?? string.Empty };
            var result = new PlanContentWriter(database).Upsert(plan, parsed.BudgetLines, ChangeContext.System(reason: $"import {Path.GetFileName(chinese)}"));

            var proposed = new PerformancePlan.Core.Chains.IndicatorLinkStore(database).Propose(slug, ChangeContext.System(reason: "import: links proposed"));
            Print(output, parsed with { Plan = plan }, english);
            output.WriteLine($"slug:         {slug}{slugSource}");
            var stored = new PlanReader(database).ListPlans().First(p => p.Slug == slug);
            output.WriteLine($"agency code:  {stored.AgencyCode}{(agencyCode is null ? " (matched or created from the document's agency name; pass --agency to choose)" : string.Empty)}");
            output.WriteLine($"links:        {proposed} indicator{(proposed == 1 ? string.Empty : "s")} proposed as continuing last year's (confirm them in the admin)");
            output.WriteLine($"sample data:  {(isSample ? "yes" + (sample ? string.Empty : " (kept from the plan already in the database)") : "no")}");
            output.WriteLine(result.Created
                ? $"created plan {slug} in {database.Path}"
                : $"updated plan {slug} in {database.Path}: {result.IndicatorsAdded} indicators added, {result.IndicatorsUpdated} changed, {result.IndicatorsRemoved} removed; actuals, exchanges and e-signature months kept");
            return Task.FromResult(ExitCodes.Ok);
        }
        catch (PlanDocumentException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return Task.FromResult(ExitCodes.BadInput);
        }
        catch (ValidationException ex)
        {
            foreach (var e in ex.Errors)
            {
                error.WriteLine($"error: {Path.GetFileName(chinese)}: {e.Field}: {e.Message.En}");
            }

            return Task.FromResult(ExitCodes.BadInput);
        }
        catch (PerformancePlan.Core.Import.Data.CsvImportException ex)
        {
            // Only when the default database is being filled from content/ and a shipped file is bad.
            error.WriteLine($"error: {ex.Message}");
            return Task.FromResult(ExitCodes.BadInput);
        }
    }

    /// <summary>
    /// <c>&lt;ROC year&gt;-&lt;folder&gt;</c>: <c>content/plans/107-secretariat/</c> gives 107-secretariat,
    /// <c>secretariat/</c> gives 107-secretariat, <c>2018-secretariat/</c> gives 107-secretariat.
    /// </summary>
    public static string DeriveSlug(string documentPath, int rocYear)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(documentPath))) ?? string.Empty;
        var name = SlugCharacters().Replace(folder.ToLowerInvariant(), "-").Trim('-');
        var year = rocYear.ToString(CultureInfo.InvariantCulture);
        if (name.StartsWith(year + "-", StringComparison.Ordinal))
        {
            return name;
        }

        name = LeadingYear().Replace(name, string.Empty);
        if (name.Length == 0)
        {
            throw new UsageException($"cannot derive a slug from the folder name '{folder}'; pass --slug (e.g. --slug {year}-secretariat)");
        }

        return $"{year}-{name}";
    }

    private static void Print(TextWriter output, ImportedPlan imported, string? english)
    {
        var plan = imported.Plan;
        output.WriteLine($"agency:       {plan.AgencyWithCity.Zh}{(plan.AgencyWithCity.HasEnglish ? " / " + plan.AgencyWithCity.En : string.Empty)}");
        output.WriteLine($"fiscal year:  {plan.RocYear} ({plan.AdYear})");
        output.WriteLine($"translation:  {(english is null ? "none (English texts left empty)" : Path.GetFileName(english))}");
        output.WriteLine($"tasks:        {plan.Tasks.Count}");
        output.WriteLine($"goals:        {plan.Goals.Count}");
        foreach (var goal in plan.Goals)
        {
            output.WriteLine($"  {goal.Ordinal}. {goal.Title.Zh} ({Numbers.Format(goal.WeightPercent)}%), {goal.Indicators.Count} indicator{(goal.Indicators.Count == 1 ? string.Empty : "s")}");
        }

        output.WriteLine($"indicators:   {plan.Indicators.Count()}");
        foreach (var i in plan.Indicators)
        {
            var unit = i.IsPercentage ? "%" : " " + i.Unit.Zh;
            output.WriteLine($"  {i.Code} {i.Title.Zh} ({Numbers.Format(i.WeightPercent)}%): target {Numbers.Format(i.TargetValue)}{unit}, {i.Direction.Code()}");
        }

        output.WriteLine($"budget lines: {imported.BudgetLines.Count}");
        foreach (var b in imported.BudgetLines)
        {
            output.WriteLine($"  {b.ProgrammeOrdinal}. {b.ProgrammeTitle.Zh}: {Numbers.Format(b.AmountThousandNtd)}{(b.Note.Zh.Length > 0 ? $" ({b.Note.Zh})" : string.Empty)}");
        }

        output.WriteLine($"budget total: {Text.Formats.Amount(imported.BudgetTotal)} NT$ thousand");
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex SlugCharacters();

    [GeneratedRegex(@"^\d+-")]
    private static partial Regex LeadingYear();
}
