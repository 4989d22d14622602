using System.Text;
using PerformancePlan.Core;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Auth;

namespace PerformancePlan.Portal.Cli;

/// <summary>
/// <c>add-user &lt;name&gt; --role &lt;editor|publisher|admin&gt;</c>: creates a user in the data directory's
/// database with the password read from standard input (one line, 12 characters at least), then exits.
/// </summary>
public static class AddUserCommand
{
    public const string Name = "add-user";

    public const string Usage = "usage: dotnet run --project portal -- add-user <name> --role <editor|publisher|admin>   (the password is read from standard input)";

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        string? name = null;
        string? roleText = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--role" && i + 1 < args.Length)
            {
                roleText = args[++i];
            }
            else if (args[i].StartsWith("--role=", StringComparison.Ordinal))
            {
                roleText = args[i]["--role=".Length..];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                rest.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    rest.Add(args[++i]);
                }
            }
            else if (name is null)
            {
                name = args[i];
            }
            else
            {
                error.WriteLine($"error: unexpected argument '{args[i]}'");
                error.WriteLine(Usage);
                return Task.FromResult(2);
            }
        }

        if (name is null || !UserRoles.TryParse(roleText, out var role))
        {
            error.WriteLine(name is null ? "error: give the user's name" : "error: --role must be editor, publisher or admin");
            error.WriteLine(Usage);
            return Task.FromResult(2);
        }

        var nameErrors = UserRules.ValidateName(name);
        if (nameErrors.Count > 0)
        {
            error.WriteLine($"error: {nameErrors[0].Message.En}");
            return Task.FromResult(1);
        }

        var password = ReadPassword(input, error);
        var passwordErrors = UserRules.ValidatePassword(password);
        if (passwordErrors.Count > 0)
        {
            error.WriteLine($"error: {passwordErrors[0].Message.En}");
            return Task.FromResult(1);
        }

        var builder = WebApplication.CreateBuilder(rest.ToArray());
        var options = PortalOptions.From(builder.Configuration);
        var users = new UserStore(new PlanDatabase(options.DatabasePath));
        try
        {
            users.Create(name, role, new PasswordHashing().Hash(password!), new ChangeContext($"cli:{Environment.UserName}", DateTimeOffset.UtcNow));
        }
        catch (ValidationException ex)
        {
            error.WriteLine($"error: {ex.Errors[0].Message.En}");
            return Task.FromResult(1);
        }
        finally
        {
            PlanDatabase.ReleaseFiles();
        }

        output.WriteLine($"Created {role.Code()} '{name}' in {options.DatabasePath}.");
        return Task.FromResult(0);
    }

    /// <summary>One line from standard input; at a terminal it is typed without echo.</summary>
    private static string? ReadPassword(TextReader input, TextWriter error)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }

        error.Write("Password (12 characters at least): ");
        var sb = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                error.WriteLine();
                return sb.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (sb.Length > 0)
                {
                    sb.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                sb.Append(key.KeyChar);
            }
        }
    }
}
