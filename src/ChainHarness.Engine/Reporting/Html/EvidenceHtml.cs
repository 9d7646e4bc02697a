using System.Globalization;
using System.Text;
using System.Text.Json;
using ChainHarness.Engine.Evidence;
using static System.Net.WebUtility;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// The evidence of a step: one folded entry per exchange or note, request and response bodies
/// HTML-encoded (JSON pretty-printed), long bodies folded once more.
/// </summary>
public static class EvidenceHtml
{
    public const int FoldAboveChars = 700;
    public const int FoldAboveLines = 14;

    public static string Render(IReadOnlyList<EvidenceItem> items, ReportText text)
    {
        if (items.Count == 0)
        {
            return $"<p class=\"note\">{HtmlEncode(text.NoEvidence)}</p>";
        }

        var html = new StringBuilder();
        foreach (var item in items)
        {
            html.Append("<details class=\"evidence\"><summary>").Append(Headline(item)).Append("</summary>");
            if (item.Url is not null)
            {
                html.Append($"<div class=\"http\">{HtmlEncode(item.Method ?? "")} {HtmlEncode(item.Url)}</div>");
            }

            Body(html, text.Request, item.RequestBody, text);
            Body(html, item.Method is null ? "" : text.Response, item.ResponseBody, text);
            html.Append("</details>");
        }

        return html.ToString();
    }

    private static string Headline(EvidenceItem item)
    {
        var line = new StringBuilder(HtmlEncode(item.Title));
        if (item.StatusCode is { } code)
        {
            line.Append($" → <span class=\"{(code < 400 ? "code-ok" : "code-bad")}\">{code}</span>");
        }
        else if (item.Method is not null)
        {
            line.Append(" → <span class=\"code-bad\">—</span>");
        }

        if (item.Elapsed is { } elapsed)
        {
            line.Append($" · {elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
        }

        return line.ToString();
    }

    private static void Body(StringBuilder html, string label, string? body, ReportText text)
    {
        if (string.IsNullOrEmpty(body))
        {
            return;
        }

        var shown = Pretty(body);
        var pre = $"<pre>{HtmlEncode(shown)}</pre>";
        if (shown.Length > FoldAboveChars || shown.Count(c => c == '\n') > FoldAboveLines)
        {
            var size = $"{shown.Length.ToString("N0", CultureInfo.InvariantCulture)} {text.Characters}";
            html.Append($"<details class=\"long\"><summary class=\"body-label\">{HtmlEncode(label)} ({HtmlEncode(size)})</summary>{pre}</details>");
        }
        else
        {
            html.Append(label.Length == 0 ? "" : $"<div class=\"body-label\">{HtmlEncode(label)}</div>").Append(pre);
        }
    }

    /// <summary>JSON indented for reading; anything else as it came.</summary>
    private static string Pretty(string body)
    {
        var trimmed = body.TrimStart();
        if (!(trimmed.StartsWith('{') || trimmed.StartsWith('[')))
        {
            return body;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return JsonSerializer.Serialize(document.RootElement, PrettyOptions);
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static readonly JsonSerializerOptions PrettyOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
