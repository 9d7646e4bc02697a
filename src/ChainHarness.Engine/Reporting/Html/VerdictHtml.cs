using System.Text;
using ChainHarness.Engine.Steps;
using static System.Net.WebUtility;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// The top of the report: the verdict in one sentence, the tally of outcomes and, when the chain
/// is open, the plain reason, whom to call and the werkplaats finding with what to check.
/// </summary>
public static class VerdictHtml
{
    public static string Render(RunReport report, ReportText text)
    {
        var r = report.Result;
        var closed = r.KetenGesloten;
        var html = new StringBuilder();
        html.Append($"<section class=\"verdict {(closed ? "closed" : "open")}\" id=\"verdict\">");
        html.Append($"<div class=\"mark\" aria-hidden=\"true\">{(closed ? "✓" : "✗")}</div>");
        html.Append($"<h2>{HtmlEncode(text.Verdict(r))}</h2>");
        var counts = Enum.GetValues<StepStatus>()
            .Where(s => report.Count(s) > 0)
            .Select(s => $"{report.Count(s)} {HtmlEncode(text.Status(s))}");
        if (text.Validation(r) is { } validation)
        {
            html.Append($"<p class=\"validation\"><strong>{HtmlEncode(text.ValidationLabel)}:</strong> {HtmlEncode(validation)}</p>");
        }

        html.Append($"<div class=\"counts\">{string.Join(" · ", counts)}{(r.Cancelled ? " · " + HtmlEncode(text.Cancelled) : "")}</div>");
        if (report.FirstBreak is { } step && !closed)
        {
            html.Append("<dl class=\"facts why\">");
            var reason = step.Status == StepStatus.Skipped && step.Outcome.BlockedBy is { } b ? text.BlockedBy(b) : step.Outcome.Cause ?? step.Outcome.Summary;
            StepSectionHtml.Fact(html, text.Why, $"<a href=\"#stap-{HtmlEncode(step.Step.Id.ToString())}\">{HtmlEncode(text.StepWord)} {HtmlEncode(step.Step.Id.ToString())}</a>: {HtmlEncode(reason)}");
            if (step.Status == StepStatus.Failed)
            {
                StepSectionHtml.Fact(html, text.WhomToCall, HtmlEncode(text.Text(step.Owner)));
                StepSectionHtml.FindingFacts(html, step, text);
            }

            html.Append("</dl>");
        }

        return html.Append("</section>").ToString();
    }
}
