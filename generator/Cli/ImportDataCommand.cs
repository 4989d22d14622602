using PerformancePlan.Core;
using PerformancePlan.Core.Import.Data;

namespace PerformancePlan.Generator.Cli;

/// <summary><c>import-data &lt;plan-slug&gt; &lt;file.csv&gt; [--kind actuals|exchanges|esignature] [--db FILE]</c>.</summary>
public sealed class ImportDataCommand : ICommand
{
    public string Name => "import-data";

    public string Usage => "import-data <plan-slug> <file.csv> [--kind actuals|exchanges|esignature] [--db <file>]   import actuals, exchanges or e-signature months";

    public Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var kindOption = args.Option("kind");
        var dbOption = args.Option("db");
        args.RejectUnknown();
        if (args.Positional.Count != 2)
        {
            throw new UsageException("import-data takes the plan's slug and the file to import");
        }

        OperationalDataKind? kind = null;
        if (kindOption is not null)
        {
            kind = OperationalDataKinds.TryParse(kindOption, out var k)
                ? k
                : throw new UsageException($"--kind must be actuals, exchanges or esignature, not '{kindOption}'");
        }

        var (slug, file) = (args.Positional[0], args.Positional[1]);
        if (!File.Exists(file))
        {
            error.WriteLine($"error: {file}: no such file");
            return Task.FromResult(ExitCodes.BadInput);
        }

        try
        {
            var database = DefaultDatabase.Open(dbOption, output);
            var summary = new CsvImport(database).ImportFile(slug, file, kind, ChangeContext.System(reason: $"import-data {Path.GetFileName(file)}"));
            output.WriteLine(
                $"{summary.Kind.Code()} for plan {slug}: {summary.Rows} rows, {summary.Created} created, {summary.Updated} updated, {summary.Unchanged} unchanged");
            return Task.FromResult(ExitCodes.Ok);
        }
        catch (CsvImportException ex)
        {
            var name = Path.GetFileName(file);
            foreach (var e in ex.Errors)
            {
                error.WriteLine($"error: {name}:{e.Line}: {e}");
            }

            error.WriteLine($"error: {name}: {ex.Errors.Count} problem{(ex.Errors.Count == 1 ? string.Empty : "s")}; nothing was imported");
            return Task.FromResult(ExitCodes.BadInput);
        }
        catch (PerformancePlan.Core.Import.PlanDocumentException ex)
        {
            // Only when the default database is being filled from content/ and a shipped document is bad.
            error.WriteLine($"error: {ex.Message}");
            return Task.FromResult(ExitCodes.BadInput);
        }
        catch (ValidationException ex)
        {
            foreach (var e in ex.Errors)
            {
                error.WriteLine($"error: {e.Field}: {e.Message.En}");
            }

            return Task.FromResult(ExitCodes.BadInput);
        }
    }
}
