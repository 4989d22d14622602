namespace PerformancePlan.Core.Import;

/// <summary>A numbered heading (一、 / 1.) of a section with what follows it: numbered items or plain paragraphs.</summary>
internal sealed record OutlineHeading(int Number, string Text, int Line, string Paragraphs, int ParagraphLine, IReadOnlyList<ParsedItem> Items);

/// <summary>
/// Reads the headings and items of 壹 and 貳. A heading is a line numbered 一、 (1.) whatever its
/// Markdown level; an item is a list item or a paragraph numbered (一) ((1)); a line without a
/// number continues the item above (a PDF line wrap) or, before any item, is the heading's
/// paragraph text.
/// </summary>
internal static class OutlineReader
{
    public static IReadOnlyList<OutlineHeading> Read(DocumentSection section, DocumentLanguage language, string fileName)
    {
        var headings = new List<OutlineHeading>();
        Builder? current = null;
        foreach (var line in section.Lines)
        {
            if (line.IsBlank)
            {
                current?.Blank();
                continue;
            }

            var plain = line.Plain;
            if (line.IsTableRow)
            {
                throw new PlanDocumentException(fileName, line.Number, $"unexpected table row in section {language.SectionName(section.Number)}; tables belong in 參 and 肆 (III and IV)");
            }

            if (language.Heading(plain) is { } heading)
            {
                if (current is not null)
                {
                    headings.Add(current.Build(fileName, language));
                }

                current = new Builder(heading.Number, CjkText.Clean(heading.Text), line.Number);
                continue;
            }

            if (current is null)
            {
                throw new PlanDocumentException(fileName, line.Number,
                    $"expected a heading numbered {language.HeadingNumeral(1)}{(language == DocumentLanguage.Chinese ? "、" : ".")} in section {language.SectionName(section.Number)}, found '{plain}'");
            }

            if (language.Item(plain) is { } item)
            {
                current.StartItem(item.Number, item.Text, line.Number, fileName, language);
            }
            else
            {
                current.Continue(plain, line.Number);
            }
        }

        if (current is not null)
        {
            headings.Add(current.Build(fileName, language));
        }

        return headings;
    }

    private sealed class Builder(int number, string text, int line)
    {
        private readonly List<(int Number, string Text, int Line)> items = [];
        private readonly List<string> paragraphs = [];
        private string paragraph = string.Empty;
        private int paragraphLine;

        public void Blank()
        {
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
                paragraph = string.Empty;
            }
        }

        public void StartItem(int itemNumber, string rest, int itemLine, string fileName, DocumentLanguage language)
        {
            var expected = items.Count + 1;
            if (itemNumber != expected)
            {
                throw new PlanDocumentException(fileName, itemLine,
                    $"expected item {language.ItemNumeral(expected)} under {language.HeadingNumeral(number)}, found {language.ItemNumeral(itemNumber)}");
            }

            Blank();
            items.Add((itemNumber, CjkText.Clean(rest), itemLine));
        }

        public void Continue(string plain, int at)
        {
            if (items.Count > 0)
            {
                var last = items[^1];
                items[^1] = last with { Text = CjkText.Join(last.Text, plain) };
                return;
            }

            if (paragraphLine == 0)
            {
                paragraphLine = at;
            }

            paragraph = CjkText.Join(paragraph, plain);
        }

        public OutlineHeading Build(string fileName, DocumentLanguage language)
        {
            Blank();
            if (items.Count > 0 && paragraphs.Count > 0)
            {
                throw new PlanDocumentException(fileName, paragraphLine,
                    $"{language.HeadingNumeral(number)} has an unnumbered paragraph before its numbered items; number it {language.ItemNumeral(1)} or join it to the heading");
            }

            return new OutlineHeading(
                number,
                text,
                line,
                string.Join("\n\n", paragraphs),
                paragraphLine == 0 ? line : paragraphLine,
                items.Select(i => new ParsedItem(i.Number, i.Text, i.Line)).ToList());
        }
    }
}
