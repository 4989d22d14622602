using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PerformancePlan.Portal.Tests.Support;

/// <summary>Fills and submits the admin's forms the way a browser would: every field the form has, some of them changed.</summary>
public static class Forms
{
    public static async Task<IHtmlDocument> GetDocument(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode}");
        }

        return await Parse(response);
    }

    /// <summary>
    /// The page, once checked that every link of its error summary leads to an element on it (the
    /// field, or what the editor acts on): a summary pointing nowhere leaves a keyboard or screen
    /// reader user on an error they cannot reach. Every test that reads a page with errors checks it.
    /// </summary>
    public static async Task<IHtmlDocument> Parse(HttpResponseMessage response)
    {
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var missing = ErrorLinksToNowhere(document);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The error summary of {response.RequestMessage?.RequestUri} links to {string.Join(", ", missing)}, which the page does not have.");
        }

        return document;
    }

    /// <summary>The targets of the page's error-summary links (<c>#Input_Value</c>) that are no element of the page.</summary>
    public static IReadOnlyList<string> ErrorLinksToNowhere(IHtmlDocument document) =>
        document.QuerySelectorAll(".error-summary a[href^='#']")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => document.GetElementById(Uri.UnescapeDataString(href[1..])) is null)
            .ToList();

    /// <summary>GETs the page, takes its form (the first whose action matches, else the main one), sets the values, and POSTs it.</summary>
    public static async Task<HttpResponseMessage> SubmitForm(this HttpClient client, string url, Dictionary<string, string> values, string? actionContains = null)
    {
        var document = await client.GetDocument(url);
        var form = document.Forms.Cast<IHtmlFormElement>()
            .Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault(f => actionContains is null
                ? !IsHeaderForm(f.GetAttribute("action"))
                : (f.GetAttribute("action") ?? string.Empty).Contains(actionContains, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form on {url}");
        return await client.PostForm(form, url, values);
    }

    private static bool IsHeaderForm(string? action) =>
        action is not null && (action.StartsWith("/admin/account/language", StringComparison.Ordinal) || action.StartsWith("/admin/account/signout", StringComparison.Ordinal));

    public static Task<HttpResponseMessage> PostForm(this HttpClient client, IHtmlFormElement form, string url, Dictionary<string, string> values)
    {
        var fields = FieldsOf(form);
        foreach (var (k, v) in values)
        {
            fields[k] = v;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? url : action.Replace("&amp;", "&", StringComparison.Ordinal);
        return client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    public static Dictionary<string, string> FieldsOf(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not "submit" and not "file":
                    fields[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields[area.Name] = area.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? string.Empty;
                    break;
            }
        }

        return fields;
    }

    public static async Task<string> Text(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
