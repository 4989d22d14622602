namespace PerformancePlan.Core.Import;

/// <summary>
/// Reads one language's plan document into its parts: title, 壹 vision and tasks, 貳 goals, 參
/// indicator table, 肆 budget table. The Chinese original must have all four sections; a
/// translation may stop early (the English texts of what it leaves out stay empty).
/// </summary>
internal static class PlanDocumentReader
{
    public static ParsedDocument Read(string text, string fileName, DocumentLanguage language, bool requireAllSections)
    {
        var lines = DocumentLines.Split(text);
        RefuseControlCharacters(lines, fileName);
        var (titleLine, sections) = SectionSplitter.Split(lines, language, fileName);
        var title = language.Title(titleLine.Plain, out var problem)
            ?? throw new PlanDocumentException(fileName, titleLine.Number, problem!);

        if (requireAllSections)
        {
            for (var n = 1; n <= 4; n++)
            {
                if (sections.Any(s => s.Number == n))
                {
                    continue;
                }

                var next = sections.FirstOrDefault(s => s.Number > n);
                throw next is not null
                    ? new PlanDocumentException(fileName, next.Heading.Number,
                        $"missing section {language.SectionName(n)}; expected it before {language.SectionName(next.Number)}")
                    : new PlanDocumentException(fileName, Math.Max(lines.Count, 1),
                        $"missing section {language.SectionName(n)}; the document ends at line {lines.Count}");
            }
        }

        DocumentSection? Section(int n) => sections.FirstOrDefault(s => s.Number == n);
        return new ParsedDocument(
            fileName,
            language,
            new ParsedTitle(title.Agency, title.RocYear, titleLine.Number),
            Section(1) is { } s1 ? ReadVisionAndTasks(s1, language, fileName) : null,
            Section(2) is { } s2 ? ReadGoals(s2, language, fileName) : null,
            Section(3) is { } s3 ? IndicatorTableReader.Read(s3, language, fileName) : null,
            Section(4) is { } s4 ? BudgetTableReader.Read(s4, language, fileName) : null);
    }

    /// <summary>The one rule for control characters (<see cref="TextRules"/>), at the line that breaks it.</summary>
    private static void RefuseControlCharacters(IReadOnlyList<DocumentLine> lines, string fileName)
    {
        foreach (var line in lines)
        {
            var at = TextRules.FirstRefused(TextRules.Normalise(line.Text));
            if (at >= 0)
            {
                throw new PlanDocumentException(fileName, line.Number,
                    $"the line holds the control character {TextRules.CodePoint(line.Text[at])} at column {at + 1}, which a published text cannot hold");
            }
        }
    }

    private static ParsedVisionAndTasks ReadVisionAndTasks(DocumentSection section, DocumentLanguage language, string fileName)
    {
        var headings = OutlineReader.Read(section, language, fileName);
        var sep = language == DocumentLanguage.Chinese ? "、" : ". ";
        foreach (var h in headings.Where(h => h.Number > 2))
        {
            throw new PlanDocumentException(fileName, h.Line,
                $"section {language.SectionName(1)} has a heading {language.HeadingNumeral(h.Number)}{sep}{h.Text}; expected only {language.HeadingNumeral(1)}{sep}(vision) and {language.HeadingNumeral(2)}{sep}(tasks)");
        }

        var vision = headings.FirstOrDefault(h => h.Number == 1);
        var tasks = headings.FirstOrDefault(h => h.Number == 2);
        if (vision is null)
        {
            throw new PlanDocumentException(fileName, section.Heading.Number,
                $"section {language.SectionName(1)} has no vision; expected a heading {language.HeadingNumeral(1)}{sep}followed by the vision text");
        }

        if (tasks is null)
        {
            throw new PlanDocumentException(fileName, section.Heading.Number,
                $"section {language.SectionName(1)} has no tasks; expected a heading {language.HeadingNumeral(2)}{sep}followed by the tasks {language.ItemNumeral(1)}, {language.ItemNumeral(2)}…");
        }

        var visionText = string.Join("\n\n", new[] { TextAfterColon(vision.Text), vision.Paragraphs }
            .Concat(vision.Items.Select(i => i.Text)).Where(t => t.Length > 0));
        if (visionText.Length == 0)
        {
            throw new PlanDocumentException(fileName, vision.Line, $"the vision ({language.HeadingNumeral(1)}{sep}{vision.Text}) has no text");
        }

        var taskItems = Items(tasks);
        if (taskItems.Count == 0)
        {
            throw new PlanDocumentException(fileName, tasks.Line, $"the tasks ({language.HeadingNumeral(2)}{sep}{tasks.Text}) list nothing");
        }

        return new ParsedVisionAndTasks(visionText, taskItems, section.Heading.Number);
    }

    private static ParsedGoals ReadGoals(DocumentSection section, DocumentLanguage language, string fileName)
    {
        var goals = new List<ParsedGoal>();
        foreach (var h in OutlineReader.Read(section, language, fileName))
        {
            var first = goals.FirstOrDefault(g => g.Ordinal == h.Number);
            if (first is not null)
            {
                throw new PlanDocumentException(fileName, h.Line,
                    $"duplicate goal number {language.HeadingNumeral(h.Number)} (first at line {first.Line})");
            }

            if (h.Number != goals.Count + 1)
            {
                throw new PlanDocumentException(fileName, h.Line,
                    $"expected goal {language.HeadingNumeral(goals.Count + 1)}, found {language.HeadingNumeral(h.Number)}");
            }

            var (title, weight) = WeightedText.Split(h.Text, "goal", out var problem);
            if (problem is not null)
            {
                throw new PlanDocumentException(fileName, h.Line, problem);
            }

            if (title.Length == 0)
            {
                throw new PlanDocumentException(fileName, h.Line, $"goal {language.HeadingNumeral(h.Number)} has no title");
            }

            goals.Add(new ParsedGoal(h.Number, title, weight, Items(h), h.Line));
        }

        if (goals.Count == 0)
        {
            throw new PlanDocumentException(fileName, section.Heading.Number,
                $"section {language.SectionName(2)} has no goals; expected headings {language.HeadingNumeral(1)}, {language.HeadingNumeral(2)}…");
        }

        return new ParsedGoals(goals, section.Heading.Number);
    }

    /// <summary>The numbered items, or the plain paragraph as the single item 1.</summary>
    private static List<ParsedItem> Items(OutlineHeading heading) =>
        heading.Items.Count > 0
            ? heading.Items.ToList()
            : heading.Paragraphs.Length > 0 ? [new ParsedItem(1, heading.Paragraphs, heading.ParagraphLine)] : [];

    /// <summary>"願景：本處…" on the heading line itself: the text after the colon.</summary>
    private static string TextAfterColon(string heading)
    {
        var colon = heading.IndexOfAny(['：', ':']);
        return colon < 0 ? string.Empty : heading[(colon + 1)..].Trim();
    }
}
