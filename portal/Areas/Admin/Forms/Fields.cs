using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>
/// One labelled form field: the label tied to the input, an optional hint, and the field's error
/// (linked with aria-describedby and marked aria-invalid) so the error summary can point at it.
/// </summary>
public sealed record Field(string Name, string Label)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public string? Value { get; init; }

    public string Type { get; init; } = "text";

    public string? Hint { get; init; }

    /// <summary>The language of the value when it differs from the page's (English inputs on a Chinese page).</summary>
    public string? Lang { get; init; }

    public bool Required { get; init; }

    public bool Multiline { get; init; }

    public int Rows { get; init; } = 4;

    public string? InputMode { get; init; }

    public string? Step { get; init; }

    public string? Autocomplete { get; init; }

    public IReadOnlyList<(string Value, string Text)>? Options { get; init; }

    /// <summary>Extra attributes for progressive-enhancement scripts (data-*).</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public string? Mark { get; init; }

    public IHtmlContent Render(FormErrors errors)
    {
        var e = Encoder;
        var error = errors.For(Name);
        var id = Name;
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.Where(x => x is not null));
        var sb = new System.Text.StringBuilder();
        sb.Append("<div class=\"field").Append(error is null ? string.Empty : " field--error").Append("\">");
        sb.Append("<label for=\"").Append(e.Encode(id)).Append("\">").Append(e.Encode(Label));
        if (Mark is not null)
        {
            sb.Append(" <span class=\"badge badge--pending\">").Append(e.Encode(Mark)).Append("</span>");
        }

        sb.Append("</label>");
        if (Hint is not null)
        {
            sb.Append("<p class=\"hint\" id=\"").Append(e.Encode(id)).Append("-hint\">").Append(e.Encode(Hint)).Append("</p>");
        }

        if (error is not null)
        {
            sb.Append("<p class=\"field-error\" id=\"").Append(e.Encode(id)).Append("-error\">").Append(e.Encode(error)).Append("</p>");
        }

        var common = new System.Text.StringBuilder();
        common.Append(" id=\"").Append(e.Encode(id)).Append("\" name=\"").Append(e.Encode(Name)).Append('"');
        if (describedBy.Length > 0)
        {
            common.Append(" aria-describedby=\"").Append(e.Encode(describedBy)).Append('"');
        }

        if (error is not null)
        {
            common.Append(" aria-invalid=\"true\"");
        }

        if (Lang is not null)
        {
            common.Append(" lang=\"").Append(e.Encode(Lang)).Append('"');
        }

        if (Required)
        {
            common.Append(" required");
        }

        if (Autocomplete is not null)
        {
            common.Append(" autocomplete=\"").Append(e.Encode(Autocomplete)).Append('"');
        }

        foreach (var (key, value) in Data ?? new Dictionary<string, string>())
        {
            common.Append(" data-").Append(e.Encode(key)).Append("=\"").Append(e.Encode(value)).Append('"');
        }

        if (Options is not null)
        {
            sb.Append("<select").Append(common).Append('>');
            foreach (var (value, text) in Options)
            {
                sb.Append("<option value=\"").Append(e.Encode(value)).Append('"')
                    .Append(value == Value ? " selected" : string.Empty).Append('>').Append(e.Encode(text)).Append("</option>");
            }

            sb.Append("</select>");
        }
        else if (Multiline)
        {
            sb.Append("<textarea").Append(common).Append(" rows=\"").Append(Rows).Append("\">").Append(e.Encode(Value ?? string.Empty)).Append("</textarea>");
        }
        else
        {
            sb.Append("<input type=\"").Append(e.Encode(Type)).Append('"').Append(common);
            if (Type != "password")
            {
                sb.Append(" value=\"").Append(e.Encode(Value ?? string.Empty)).Append('"');
            }

            if (InputMode is not null)
            {
                sb.Append(" inputmode=\"").Append(e.Encode(InputMode)).Append('"');
            }

            if (Step is not null)
            {
                sb.Append(" step=\"").Append(e.Encode(Step)).Append('"');
            }

            sb.Append('>');
        }

        sb.Append("</div>");
        return new HtmlString(sb.ToString());
    }
}
