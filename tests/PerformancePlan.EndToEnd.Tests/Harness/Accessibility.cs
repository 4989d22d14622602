using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>axe-core with the WCAG 2.1 A and AA rules, every one of them enabled.</summary>
public static class Accessibility
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The violations on the page as it stands, one line per element: rule, target, html, page.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        };
        var result = await page.RunAxe(options);
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
