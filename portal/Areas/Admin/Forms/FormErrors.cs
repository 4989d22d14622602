using PerformancePlan.Core;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>The problems with a submitted form, by field name (the input's name and id), in the editor's language.</summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> errors = [];

    public int Count => errors.Count;

    public bool Any => errors.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => errors;

    public void Add(string field, string message) => errors.Add((field, message));

    public void Add(IEnumerable<FieldError> fieldErrors, Language language)
    {
        foreach (var e in fieldErrors)
        {
            Add(e.Field, e.Message.OrFallback(language));
        }
    }

    public string? For(string field) =>
        errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();
}
