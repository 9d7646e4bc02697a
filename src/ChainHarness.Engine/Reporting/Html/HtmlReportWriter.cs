using System.Text;
using ChainHarness.Engine.Steps;
using static System.Net.WebUtility;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// <c>report.html</c>: one self-contained page (inline CSS and SVG, no scripts, nothing fetched)
/// for a municipality and for a coach in front of a room. Top: the verdict in words and, when the
/// chain is open, why and whom to call. Then the chain as a picture, what changed since the
/// previous run, and every step with its evidence. Everything from the run is HTML-encoded.
/// </summary>
public static class HtmlReportWriter
{
    public const string FileName = "report.html";

    public static string Render(RunReport report, ReportText text)
    {
        var r = report.Result;
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{text.HtmlLang}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>{HtmlEncode($"{text.Title}: {r.MunicipalityName} ({r.MunicipalityCode})")}</title>");
        html.Append($"<style>{HtmlStyles.Css}</style></head><body><main>");
        html.Append("<header class=\"top\"><div>");
        html.Append($"<div class=\"brand\">ChainHarness · {HtmlEncode(text.Title)}</div>");
        html.Append($"<h1>{HtmlEncode(r.MunicipalityName)} ({HtmlEncode(r.MunicipalityCode)})</h1></div>");
        html.Append($"<div class=\"meta\">{HtmlEncode(text.Profile)} <b>{HtmlEncode(r.Profile)}</b> · {HtmlEncode(text.StartedAt)} {HtmlEncode(text.When(r.StartedAt))} · {HtmlEncode(text.Duration)} {HtmlEncode(text.Seconds(r.Duration))}</div></header>");
        html.Append(VerdictHtml.Render(report, text));
        html.Append($"<section class=\"picture\"><h2>{HtmlEncode(text.Chain)}</h2>").Append(ChainDiagram.Render(report, text));
        html.Append(Legend(text)).Append($"<p class=\"note\">{HtmlEncode(text.PartnerNote)}</p></section>");
        html.Append(History(report, text));
        html.Append($"<section class=\"steps\"><h2>{HtmlEncode(text.StepsHeading)}</h2>");
        foreach (var step in report.Steps)
        {
            html.Append(StepSectionHtml.Render(step, text, report.Result));
        }

        html.Append("</section>");
        html.Append($"<footer>{HtmlEncode(text.GeneratedBy)} · {HtmlEncode(text.When(r.StartedAt))}. {HtmlEncode(text.Redacted)}</footer>");
        return html.Append("</main></body></html>").ToString();
    }

    private static string Legend(ReportText text) =>
        $"<ul class=\"legend\" aria-label=\"{HtmlEncode(text.Legend)}\">"
        + string.Concat(Enum.GetValues<StepStatus>().Select(s => $"<li>{StepSectionHtml.Chip(s, text)}</li>"))
        + "</ul>";

    private static string History(RunReport report, ReportText text)
    {
        if (report.History is not { } history)
        {
            return "";
        }

        var html = new StringBuilder($"<section class=\"history\"><h2>{HtmlEncode(text.ChangesHeading)}</h2>");
        if (history.Changes.Count == 0)
        {
            html.Append($"<p>{HtmlEncode(text.NoChanges)} {HtmlEncode(text.When(history.PreviousRunAt))}.</p>");
        }
        else
        {
            html.Append("<ul class=\"changes\">");
            foreach (var change in history.Changes)
            {
                html.Append($"<li><a href=\"#stap-{HtmlEncode(change.Step.ToString())}\">{HtmlEncode(text.Change(change, history.PreviousRunAt))}</a></li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</section>").ToString();
    }
}
