using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>What <c>Pages/Shared/_Field.cshtml</c> draws for one labelled field; <see cref="FieldTagHelper"/> fills it in.</summary>
public sealed record FieldView(string Name, string Id, string Label)
{
    public string? Value { get; init; }

    public string? Error { get; init; }

    public string Type { get; init; } = "text";

    public string? Hint { get; init; }

    /// <summary>The language of the value when it differs from the page's (English inputs on a Chinese page).</summary>
    public string? Lang { get; init; }

    public bool Required { get; init; }

    /// <summary>A text area of this many rows; 0 for a one-line input.</summary>
    public int Rows { get; init; }

    public string? InputMode { get; init; }

    public string? Step { get; init; }

    public string? Autocomplete { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<SelectListItem>? Options { get; init; }

    /// <summary>Attributes for progressive-enhancement scripts, without their <c>data-</c> prefix.</summary>
    public IReadOnlyDictionary<string, string?> Data { get; init; } = new Dictionary<string, string?>();

    /// <summary>A badge after the label, such as "translation pending".</summary>
    public string? Mark { get; init; }

    public string? HintId => Hint is null ? null : Id + "-hint";

    public string? ErrorId => Error is null ? null : Id + "-error";

    public string? DescribedBy => HintId is null && ErrorId is null ? null : string.Join(' ', new[] { HintId, ErrorId }.OfType<string>());

    public string? Invalid => Error is null ? null : "true";

    public IHtmlContent DataAttributes => new HtmlString(string.Concat(Data
        .Where(d => d.Value is not null)
        .Select(d => $" data-{HtmlEncoder.Default.Encode(d.Key)}=\"{HtmlEncoder.Default.Encode(d.Value!)}\"")));
}
