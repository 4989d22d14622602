namespace PerformancePlan.Core.Import;

/// <summary>A cell of a logical table row, joined across the broken rows it was wrapped over.</summary>
internal sealed class TableCell(string text, int line)
{
    public string Text { get; private set; } = text;

    /// <summary>The line the cell's text starts on (its row's line when it is empty).</summary>
    public int FirstLine { get; private set; } = line;

    /// <summary>The line of the last piece of text: where a trailing weight or unit is.</summary>
    public int LastLine { get; private set; } = line;

    public bool IsEmpty => Text.Length == 0;

    public void Append(string more, int line)
    {
        if (more.Length == 0)
        {
            return;
        }

        if (Text.Length == 0)
        {
            FirstLine = line;
        }

        Text = Text.Length == 0 ? more : Text + " " + more;
        LastLine = line;
    }

    public string Clean() => CjkText.Clean(Text);
}
