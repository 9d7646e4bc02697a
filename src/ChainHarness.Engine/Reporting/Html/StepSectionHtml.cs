using System.Text;
using ChainHarness.Engine.Steps;
using static System.Net.WebUtility;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// One step's section: what was expected and checked, and for a step that did not pass the cause,
/// the likely owner, the werkplaats finding with what to check, then the evidence. A failed step
/// opens by itself; the others are folded.
/// </summary>
public static class StepSectionHtml
{
    public static string Render(StepReport step, ReportText text, Running.ChainResult? run = null)
    {
        var id = step.Step.Id.ToString();
        var cls = StatusClass.For(step.Status);
        var html = new StringBuilder();
        html.Append($"<details class=\"step {cls}\" id=\"stap-{HtmlEncode(id)}\"{(step.Status == StepStatus.Failed ? " open" : "")}>");
        html.Append($"<summary><span class=\"sid\">{HtmlEncode(id)}</span><span class=\"sname\">{HtmlEncode(text.Name(step.Step))}</span>");
        html.Append(Chip(step.Status, text));
        if (step.FindingCode is { } code)
        {
            html.Append($"<span class=\"finding-code\">{HtmlEncode(code)}</span>");
        }

        html.Append($"<span class=\"time\">{HtmlEncode(text.Seconds(step.Outcome.Duration))}</span></summary><div class=\"body\"><dl class=\"facts\">");
        Fact(html, text.Expected, HtmlEncode(text.Text(step.Expected)));
        if (run is not null && text.Sources(run, step.Step.Id) is { } sources)
        {
            Fact(html, text.SourcesLabel, HtmlEncode(sources));
        }

        if (step.Status != StepStatus.Failed)
        {
            Fact(html, text.Checked, HtmlEncode(step.Outcome.Summary));
        }

        if (step.Status == StepStatus.Skipped && step.Outcome.BlockedBy is { } blocker)
        {
            Fact(html, text.Cause, $"<a href=\"#stap-{HtmlEncode(blocker.ToString())}\">{HtmlEncode(text.BlockedBy(blocker))}</a>");
        }

        if (step.Status == StepStatus.Failed)
        {
            Fact(html, text.Cause, HtmlEncode(step.Outcome.Cause ?? step.Outcome.Summary));
            Fact(html, text.Owner, HtmlEncode(text.Text(step.Owner)));
            FindingFacts(html, step, text);
        }

        if (step.Change is { } change)
        {
            Fact(html, text.ChangesHeading, HtmlEncode($"{text.Status(change.Before)} → {text.Status(change.After)}"));
        }

        html.Append("</dl>");
        if (step.Outcome.Evidence.Count > 0 || step.Status is StepStatus.Passed or StepStatus.Failed)
        {
            html.Append($"<h3 class=\"body-label\">{HtmlEncode(text.Evidence)}</h3>").Append(EvidenceHtml.Render(step.Outcome.Evidence, text));
        }

        return html.Append("</div></details>").ToString();
    }

    public static string Chip(StepStatus status, ReportText text) =>
        $"<span class=\"chip {StatusClass.For(status)}\">{HtmlEncode(StatusSymbol.For(status))} {HtmlEncode(text.Status(status))}</span>";

    internal static void FindingFacts(StringBuilder html, StepReport step, ReportText text)
    {
        if (step.FindingCode is not { } code)
        {
            return;
        }

        var finding = step.Finding is { } f ? " " + HtmlEncode(text.Text(f.Text)) : "";
        Fact(html, text.Finding, $"<span class=\"finding-code\">{HtmlEncode(code)}</span>{finding}");
        if (step.Finding is { } known)
        {
            Fact(html, text.WhatToCheck, HtmlEncode(text.Text(known.Check)));
        }
    }

    internal static void Fact(StringBuilder html, string label, string valueHtml) =>
        html.Append($"<dt>{HtmlEncode(label)}</dt><dd>{valueHtml}</dd>");
}
