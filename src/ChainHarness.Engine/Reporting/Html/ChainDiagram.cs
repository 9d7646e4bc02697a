using System.Text;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;
using static ChainHarness.Engine.Reporting.Html.ArrowRouter;
using static System.Net.WebUtility;

namespace ChainHarness.Engine.Reporting.Html;

/// <summary>
/// The chain as an inline SVG: the four lanes, a box per step coloured by its outcome (with the
/// symbol and the word, so colour is never the only signal) and an arrow per dependency. Each box
/// links to the step's section below. Boxes (<c>box-{id}</c>, <c>data-status</c>) and arrows
/// (<c>data-from</c>, <c>data-to</c>) are marked so the live board can recolour them as a run goes.
/// </summary>
public static class ChainDiagram
{
    private const double Radius = 11;
    private const double BandHeight = 29;

    public static string Render(RunReport report, ReportText text, ChainGeometry? geometry = null)
    {
        var layout = new ChainLayout(report.Steps.Select(s => s.Step), geometry);
        var steps = report.Steps.ToDictionary(s => s.Step.Id);
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chain\" viewBox=\"0 0 {N(layout.Width)} {N(layout.Height)}\" role=\"img\" aria-labelledby=\"chain-title chain-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"chain-title\">{HtmlEncode(text.Chain)}</title>");
        svg.Append($"<desc id=\"chain-desc\">{HtmlEncode(string.Join("; ", report.Steps.Select(s => $"{text.StepWord} {s.Step.Id} {text.Status(s.Status)}")))}</desc>");
        svg.Append("<defs>");
        svg.Append("<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead\"/></marker>");
        svg.Append("<marker id=\"arrow-broken\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead broken\"/></marker>");
        svg.Append("</defs>");
        foreach (var lane in layout.Lanes)
        {
            Lane(svg, layout, lane, text);
        }

        foreach (var (from, to) in Dependencies(layout))
        {
            var broken = steps[from.Step.Id].Status != StepStatus.Passed;
            svg.Append($"<path class=\"dep{(broken ? " broken" : "")}\" data-from=\"{from.Step.Id}\" data-to=\"{to.Step.Id}\" d=\"{Path(layout, from, to)}\" marker-end=\"url(#{(broken ? "arrow-broken" : "arrow")})\"/>");
        }

        foreach (var box in layout.Boxes.Values)
        {
            Box(svg, layout.Geometry, box, steps[box.Step.Id], text);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The coloured strip at the bottom of a box that carries the outcome in words.</summary>
    private static string Band(BoxPlacement b)
    {
        var top = b.Bottom - BandHeight;
        return $"M {N(b.X)} {N(top)} H {N(b.Right)} V {N(b.Bottom - Radius)} Q {N(b.Right)} {N(b.Bottom)} {N(b.Right - Radius)} {N(b.Bottom)} "
            + $"H {N(b.X + Radius)} Q {N(b.X)} {N(b.Bottom)} {N(b.X)} {N(b.Bottom - Radius)} Z";
    }

    private static void Lane(StringBuilder svg, ChainLayout layout, LaneBand lane, ReportText text)
    {
        var g = layout.Geometry;
        var ids = lane.Steps.Select(s => s.Id).ToList();
        var range = $"{HtmlEncode(text.StepWord.ToLowerInvariant())} {HtmlEncode(ids.Count == 1 ? $"{ids[0]}" : $"{ids[0]}–{ids[^1]}")}";
        svg.Append($"<g class=\"lane\"><rect x=\"{N(g.Margin)}\" y=\"{N(lane.Y)}\" width=\"{N(layout.Width - (2 * g.Margin))}\" height=\"{N(lane.Height)}\" rx=\"14\"/>");
        if (g.TitleAbove)
        {
            // One line above the boxes: the lane's name, then its steps.
            svg.Append($"<text class=\"lane-name\" x=\"{N(g.Margin + g.LanePadding)}\" y=\"{N(lane.Y + g.LaneTitle)}\">{HtmlEncode(text.LaneName(lane.Lane))}");
            svg.Append($"<tspan class=\"lane-steps\" dx=\"12\">{range}</tspan></text></g>");
            return;
        }

        var name = TextWrap.Lines(text.LaneName(lane.Lane), 13, 2);
        for (var i = 0; i < name.Count; i++)
        {
            svg.Append($"<text class=\"lane-name\" x=\"{N(g.Margin + 16)}\" y=\"{N(lane.Y + g.LanePadding + 22 + (i * 20))}\">{HtmlEncode(name[i])}</text>");
        }

        svg.Append($"<text class=\"lane-steps\" x=\"{N(g.Margin + 16)}\" y=\"{N(lane.Y + g.LanePadding + 22 + (name.Count * 20))}\">{range}</text></g>");
    }

    private static void Box(StringBuilder svg, ChainGeometry g, BoxPlacement box, StepReport step, ReportText text)
    {
        var id = step.Step.Id.ToString();
        var tip = $"{text.StepWord} {id}: {text.Name(step.Step)} — {text.Status(step.Status)}. {step.Outcome.Cause ?? step.Outcome.Summary}";
        svg.Append($"<a href=\"#stap-{id}\"><g id=\"box-{id}\" class=\"box {StatusClass.For(step.Status)}\" data-status=\"{step.Status}\"><title>{HtmlEncode(tip)}</title>");
        // Every box has its halo; the stylesheet shows it only round a failed step (the live board switches states).
        svg.Append($"<rect class=\"halo\" x=\"{N(box.X - 6)}\" y=\"{N(box.Y - 6)}\" width=\"{N(box.Width + 12)}\" height=\"{N(box.Height + 12)}\" rx=\"16\"/>");
        svg.Append($"<rect class=\"frame\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" rx=\"{N(Radius)}\"/>");
        svg.Append($"<path class=\"band\" d=\"{Band(box)}\"/>");
        svg.Append($"<text class=\"box-id\" x=\"{N(box.X + 12)}\" y=\"{N(box.Y + 36)}\">{HtmlEncode(id)}</text>");
        var lines = TextWrap.Lines(text.Name(step.Step), g.NameChars, 2);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append($"<text class=\"box-name\" x=\"{N(box.X + g.NameX)}\" y=\"{N(box.Y + g.NameY + (i * g.NameLineHeight))}\">{HtmlEncode(lines[i])}</text>");
        }

        svg.Append($"<text class=\"box-status\" x=\"{N(box.X + 12)}\" y=\"{N(box.Bottom - 8)}\">{HtmlEncode(StatusSymbol.For(step.Status))} {HtmlEncode(text.Status(step.Status))}</text>");
        svg.Append("</g></a>");
    }
}
