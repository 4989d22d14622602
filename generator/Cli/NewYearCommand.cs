using PerformancePlan.Core;
using PerformancePlan.Core.Chains;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// <c>new-year &lt;plan&gt; --year N [--slug SLUG] [--db FILE]</c>: starts the agency's plan for year N from its plan
/// for year N−1: texts, goals and indicators copied, targets blank, nothing reported, every indicator linked.
/// </summary>
public sealed class NewYearCommand : ICommand
{
    public string Name => "new-year";

    public string Usage => "new-year <plan> --year <N> [--slug <slug>] [--db <file>]   start next year's plan from this year's (targets blank, indicators linked)";

    public Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var year = args.IntOption("year", 1, 999) ?? throw new UsageException("--year is required: the new plan's ROC fiscal year (e.g. --year 108)");
        var slug = args.Option("slug");
        var dbOption = args.Option("db");
        args.RejectUnknown();
        if (args.Positional.Count != 1)
        {
            throw new UsageException("name the plan to start from (e.g. 107-secretariat)");
        }

        var database = DefaultDatabase.Open(dbOption, output);
        try
        {
            var result = new NextYearPlan(database).Start(args.Positional[0], year, ChangeContext.System(reason: "new-year"), slug);
            output.WriteLine($"created plan {result.Slug} from {args.Positional[0]} in {database.Path}: {result.Indicators} indicators copied and linked, targets blank for the editor to set");
            return Task.FromResult(ExitCodes.Ok);
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
