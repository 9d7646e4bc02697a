namespace ChainHarness.Engine.Reporting.Html;

/// <summary>Greedy word wrap for SVG text, which does not wrap by itself.</summary>
public static class TextWrap
{
    /// <summary>At most <paramref name="maxLines"/> lines of at most <paramref name="width"/> characters; an ellipsis marks a cut.</summary>
    public static IReadOnlyList<string> Lines(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        kept[^1] = (last.Length >= width ? last[..(width - 1)] : last) + "…";
        return kept;
    }
}
