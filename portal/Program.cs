using PerformancePlan.Portal;
using PerformancePlan.Portal.Cli;

// dotnet run --project portal                      → the admin at /admin, the published site at /
// dotnet run --project portal -- add-user <name> --role <editor|publisher|admin>   (password on stdin)
if (args.Length > 0 && args[0] == AddUserCommand.Name)
{
    return await AddUserCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error);
}

var app = PortalApp.Build(args);
await app.RunAsync();
return 0;

public partial class Program;
