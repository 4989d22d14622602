using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using PerformancePlan.Portal.Text;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>
/// <c>&lt;field asp-for="Input.NoteZh" rows="2" lang="en" /&gt;</c>: one labelled form field with its hint and
/// its error, drawn by <c>Pages/Shared/_Field.cshtml</c>. The name, id, value, error and label all
/// follow from the property: its label is the admin's text for Core's field name (<c>note_zh</c>), and
/// a <see cref="StringLengthAttribute"/> or <see cref="MaxLengthAttribute"/> on it becomes
/// <c>maxlength</c> and a hint.
/// </summary>
[HtmlTargetElement("field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlHelper html) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The label, when the admin's field labels have none for this property.</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("lang")]
    public string? Lang { get; set; }

    [HtmlAttributeName("required")]
    public bool Required { get; set; }

    /// <summary>A text area of this many rows; a one-line input when not given.</summary>
    [HtmlAttributeName("rows")]
    public int Rows { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("step")]
    public string? Step { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>The longest text accepted, when the property does not declare it.</summary>
    [HtmlAttributeName("max-length")]
    public int? MaxLength { get; set; }

    /// <summary>A select of these options instead of an input.</summary>
    [HtmlAttributeName("options")]
    public IEnumerable<SelectListItem>? Options { get; set; }

    [HtmlAttributeName("mark")]
    public string? Mark { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var t = AdminLanguage.Text(ViewContext.HttpContext);
        var maxLength = MaxLength ?? DeclaredMaxLength();
        var hints = new[] { Blank(Hint), maxLength is { } max ? string.Format(CultureInfo.InvariantCulture, t.MaxLengthHint, max) : null }.OfType<string>().ToList();
        var view = new FieldView(name, TagBuilder.CreateSanitizedId(name, "_"), Blank(Label) ?? t.FieldLabel(FieldNames.ToCore(For.Metadata.PropertyName ?? For.Name)))
        {
            Value = Convert.ToString(For.Model, CultureInfo.InvariantCulture),
            Error = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null,
            Type = Type,
            Hint = hints.Count == 0 ? null : string.Join(' ', hints),
            Lang = Blank(Lang),
            Required = Required,
            Rows = Rows,
            InputMode = Blank(InputMode),
            Step = Blank(Step),
            Autocomplete = Blank(Autocomplete),
            MaxLength = maxLength,
            Options = Options?.ToList(),
            // data-* attributes (for progressive-enhancement scripts) go on the input.
            Data = output.Attributes.Where(a => a.Name.StartsWith("data-", StringComparison.Ordinal))
                .ToDictionary(a => a.Name["data-".Length..], a => a.Value?.ToString(), StringComparer.Ordinal),
            Mark = Blank(Mark),
        };

        ((IViewContextAware)html).Contextualize(ViewContext);
        output.TagName = null;
        output.Content.SetHtmlContent(await html.PartialAsync("_Field", view));
    }

    /// <summary>An attribute written as <c>mark="@(pending ? text : null)"</c> arrives empty, not null.</summary>
    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private int? DeclaredMaxLength()
    {
        var property = For.Metadata.ContainerType?.GetProperty(For.Metadata.PropertyName ?? string.Empty);
        return property?.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength
            ?? property?.GetCustomAttribute<MaxLengthAttribute>()?.Length;
    }
}
