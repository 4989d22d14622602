using System.Collections.Concurrent;
using System.Net;

namespace PerformancePlan.Portal.Auth;

/// <summary>
/// Slows the address that guesses instead of locking the account it guesses at: after
/// <c>MaxFailedSignIns</c> failures for one name from one address within <c>LockoutMinutes</c>, or
/// four times as many for any names from that address, the address is refused for the rest of the
/// window, whatever the name and password. The owner signing in from elsewhere is never locked out,
/// and since the name is counted whether or not an account has it, the answer says nothing about
/// which accounts exist.
/// </summary>
public sealed class SignInThrottle
{
    private const int NamesPerAddressFactor = 4;

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    public bool IsThrottled(IPAddress? address, string name, DateTimeOffset now, int maxFailures, TimeSpan window) =>
        Count(NameKey(address, name), now, window) >= maxFailures
        || Count(AddressKey(address), now, window) >= maxFailures * NamesPerAddressFactor;

    public void RecordFailure(IPAddress? address, string name, DateTimeOffset now, TimeSpan window)
    {
        Add(NameKey(address, name), now, window);
        Add(AddressKey(address), now, window);
    }

    /// <summary>A successful sign-in clears that name's count from that address.</summary>
    public void RecordSuccess(IPAddress? address, string name) => failures.TryRemove(NameKey(address, name), out _);

    private static string AddressKey(IPAddress? address) => address?.ToString() ?? "-";

    private static string NameKey(IPAddress? address, string name) => AddressKey(address) + "\n" + name.Trim().ToUpperInvariant();

    private int Count(string key, DateTimeOffset now, TimeSpan window) =>
        failures.TryGetValue(key, out var f) ? f.Since(now - window) : 0;

    private void Add(string key, DateTimeOffset now, TimeSpan window)
    {
        var f = failures.GetOrAdd(key, _ => new Failures());
        f.Add(now, now - window);
        if (failures.Count > 100_000)
        {
            // Forget addresses whose failures have all expired, so memory stays bounded.
            foreach (var (k, v) in failures)
            {
                if (v.Since(now - window) == 0)
                {
                    failures.TryRemove(k, out _);
                }
            }
        }
    }

    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> times = new();

        public void Add(DateTimeOffset at, DateTimeOffset expired)
        {
            lock (times)
            {
                Expire(expired);
                times.Enqueue(at);
            }
        }

        public int Since(DateTimeOffset expired)
        {
            lock (times)
            {
                Expire(expired);
                return times.Count;
            }
        }

        private void Expire(DateTimeOffset expired)
        {
            while (times.Count > 0 && times.Peek() <= expired)
            {
                times.Dequeue();
            }
        }
    }
}
