using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Admin;

/// <summary>Finds the admin's pages by following its links (GET only: nothing is changed).</summary>
internal static class AdminCrawler
{
    /// <summary>Visits each admin page once, calling <paramref name="onPage"/> while it is open.</summary>
    public static async Task<IReadOnlyList<string>> VisitAsync(BrowserSession session, Func<string, Task> onPage, int maxPages = 80)
    {
        var origin = new Uri(session.BaseUrl + "/");
        var seenPaths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pages = new List<string>();
        var queue = new Queue<string>();
        queue.Enqueue("/admin");
        while (queue.Count > 0 && pages.Count < maxPages)
        {
            var address = queue.Dequeue();
            var path = new Uri(origin, address).AbsolutePath.TrimEnd('/');
            if (!seenPaths.Add(path))
            {
                continue;
            }

            Microsoft.Playwright.IResponse? response;
            try
            {
                response = await session.Page.GotoAsync(address);
            }
            catch (Microsoft.Playwright.PlaywrightException ex) when (ex.Message.Contains("Download is starting", StringComparison.Ordinal))
            {
                continue; // A file (the audit CSV), not a page.
            }

            if (response is null || response.Status != 200 || !(response.Headers.GetValueOrDefault("content-type") ?? string.Empty).StartsWith("text/html", StringComparison.Ordinal))
            {
                continue;
            }

            pages.Add(address);
            await onPage(address);
            var hrefs = await session.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]:not([download])')].map(a => a.href)");
            foreach (var href in hrefs)
            {
                var target = new Uri(href);
                if (target.Authority == origin.Authority && target.AbsolutePath.StartsWith("/admin", StringComparison.OrdinalIgnoreCase)
                    && !target.AbsolutePath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    && !target.AbsolutePath.Contains("/assets/", StringComparison.OrdinalIgnoreCase))
                {
                    queue.Enqueue(target.PathAndQuery);
                }
            }
        }

        return pages;
    }
}
