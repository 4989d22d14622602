namespace PerformancePlan.Core.Import;

/// <summary>The lines of one of the four sections (壹 貳 參 肆), found by numbering, not by heading level.</summary>
internal sealed record DocumentSection(int Number, DocumentLine Heading, IReadOnlyList<DocumentLine> Lines);

/// <summary>
/// Finds the title line and the four sections. The title is the first line that is not blank;
/// text between it and the first section (a subtitle, say) is ignored. Sections must come in order,
/// each at most once; whether a missing one is an error is for the caller to say.
/// </summary>
internal static class SectionSplitter
{
    public static (DocumentLine Title, IReadOnlyList<DocumentSection> Sections) Split(
        IReadOnlyList<DocumentLine> lines, DocumentLanguage language, string fileName)
    {
        var titleIndex = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                titleIndex = i;
                break;
            }
        }

        if (titleIndex < 0)
        {
            throw new PlanDocumentException(fileName, Math.Max(lines.Count, 1), $"the document is empty; expected the title line {language.TitleExample}");
        }

        var sections = new List<DocumentSection>();
        DocumentLine? heading = null;
        var number = 0;
        var body = new List<DocumentLine>();
        foreach (var line in lines.Skip(titleIndex + 1))
        {
            var section = line.IsTableRow ? null : language.Section(line.Plain);
            if (section is null)
            {
                body.Add(line);
                continue;
            }

            var found = section.Value.Number;
            if (found <= number)
            {
                var first = found == number ? heading : sections.FirstOrDefault(s => s.Number == found)?.Heading;
                throw new PlanDocumentException(fileName, line.Number, first is { } f
                    ? $"section {language.SectionName(found)} appears twice (first at line {f.Number})"
                    : $"section {language.SectionName(found)} comes after {language.SectionName(number)}; the sections go in the order 壹 貳 參 肆 (I–IV)");
            }

            if (heading is { } h)
            {
                sections.Add(new DocumentSection(number, h, body));
            }

            heading = line;
            number = found;
            body = [];
        }

        if (heading is { } last)
        {
            sections.Add(new DocumentSection(number, last, body));
        }

        return (lines[titleIndex], sections);
    }
}
