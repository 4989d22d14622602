using System.Collections.Concurrent;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>
/// Strings the checks keep many times over (ids, links, link targets: a site's pages name the same
/// few thousand), kept once each in a table the threads share.
/// </summary>
internal static class SharedStrings
{
    /// <summary>The string for <paramref name="value"/>: the equal one in <paramref name="strings"/> when it holds one, so nothing is allocated for a value seen before; a new one (added) otherwise, or always when there is no table.</summary>
    public static string Of(ConcurrentDictionary<string, string>? strings, ReadOnlySpan<char> value)
    {
        if (strings is null)
        {
            return value.ToString();
        }

        if (strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var known))
        {
            return known;
        }

        var made = value.ToString();
        return strings.GetOrAdd(made, made);
    }
}
