using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Auth;
using PerformancePlan.Portal.Tests.Support;

namespace PerformancePlan.Portal.Tests;

/// <summary>Failed sign-ins slow the guessing address, not the account, and never tell which accounts exist.</summary>
public sealed class SignInThrottleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_real_name_and_an_unknown_name_get_the_same_answers_from_a_guessing_address()
    {
        factory.AddUser("real-owner", UserRole.Editor);
        var real = await Guesses("10.0.0.1", "real-owner");
        var unknown = await Guesses("10.0.0.2", "nobody-has-this-name");

        Assert.Equal(real, unknown);
        Assert.Equal(SignInOutcome.LockedOut, real[^1]);
        Assert.Equal(SignInOutcome.WrongNameOrPassword, real[0]);
    }

    [Fact]
    public async Task The_owner_signs_in_from_another_address_while_the_guessing_address_is_refused()
    {
        factory.AddUser("owner-elsewhere", UserRole.Editor);
        await Guesses("10.0.1.1", "owner-elsewhere");

        Assert.Equal(SignInOutcome.LockedOut, await Attempt("10.0.1.1", "owner-elsewhere", PortalFactory.Password));
        Assert.Equal(SignInOutcome.SignedIn, await Attempt("10.0.1.2", "owner-elsewhere", PortalFactory.Password));
    }

    [Fact]
    public async Task A_refused_address_waits_as_long_as_a_wrong_password_takes()
    {
        factory.AddUser("timed-owner", UserRole.Editor);
        await Guesses("10.0.2.1", "timed-owner");

        // Measured in turns and the fastest of each kept, since other tests hash passwords at the same
        // time; a refusal without a hash takes a few milliseconds, a hash a hundred or more.
        TimeSpan refused = TimeSpan.MaxValue, wrong = TimeSpan.MaxValue;
        for (var i = 0; i < 4; i++)
        {
            refused = Min(refused, await Time(() => Attempt("10.0.2.1", "timed-owner", "another guess")));
            wrong = Min(wrong, await Time(() => Attempt("10.0.2.2", "timed-owner", $"guess {i}")));
        }

        Assert.True(refused > wrong * 0.25, $"refused in {refused.TotalMilliseconds} ms, wrong password in {wrong.TotalMilliseconds} ms");
    }

    private async Task<List<SignInOutcome>> Guesses(string address, string name)
    {
        var outcomes = new List<SignInOutcome>();
        for (var i = 0; i < 6; i++)
        {
            outcomes.Add(await Attempt(address, name, $"wrong password {i}"));
        }

        return outcomes;
    }

    private async Task<SignInOutcome> Attempt(string address, string name, string password)
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return await scope.ServiceProvider.GetRequiredService<SignInService>().SignInAsync(http, name, password);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static async Task<TimeSpan> Time(Func<Task> attempt)
    {
        var watch = Stopwatch.StartNew();
        await attempt();
        return watch.Elapsed;
    }
}
