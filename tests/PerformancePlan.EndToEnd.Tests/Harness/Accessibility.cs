using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>axe-core with the WCAG 2.1 A and AA rules, every one of them enabled.</summary>
public static class Accessibility
{
    /// <summary>The longest one axe-core run may take before the test fails instead of waiting on.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The violations on the page as it stands, one line per element: rule, target, html, page.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        };
        // axe-core runs as one page evaluation, which Playwright's timeouts do not bound; in a context
        // with JavaScript disabled it never returns.
        AxeResult result;
        try
        {
            result = await page.RunAxe(options).WaitAsync(Timeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(
                $"axe-core did not finish on {page.Url} within {Timeout.TotalSeconds:0} s. It is a script: in a context opened with " +
                "JavaScript disabled it never runs; check such a page in a context with scripts on.", ex);
        }

        var lines = new List<string>();
        foreach (var violation in result.Violations)
        {
            foreach (var node in violation.Nodes)
            {
                lines.Add($"[{violation.Id}] {violation.Help} | element {node.Target} | html {Shorten(node.Html)} | page {page.Url}");
            }
        }

        return lines;
    }

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        if (violations.Count > 0)
        {
            var message = new StringBuilder($"axe-core found {violations.Count} WCAG 2.1 A/AA violation(s) on {page.Url}:\n");
            foreach (var line in violations)
            {
                message.AppendLine(line);
            }

            Assert.Fail(message.ToString());
        }
    }

    private static string Shorten(string html)
    {
        var oneLine = html.ReplaceLineEndings(" ");
        return oneLine.Length <= 300 ? oneLine : oneLine[..300] + "…";
    }
}
