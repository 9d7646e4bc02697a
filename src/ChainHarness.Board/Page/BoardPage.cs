using System.Text;
using System.Text.Json;
using ChainHarness.Board.Hosting;
using ChainHarness.Board.Live;
using ChainHarness.Board.Options;
using ChainHarness.Board.Scenarios;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.Html;
using ChainHarness.Engine.Steps;
using static System.Net.WebUtility;

namespace ChainHarness.Board.Page;

/// <summary>
/// The board's one page: controls, the verdict banner, the report's chain picture in the board's geometry (live), the
/// "why" panel and a dialog for a step's evidence. Inline CSS and script only, nothing fetched
/// from outside. The page speaks the board's one language (<c>board --lang</c>).
/// </summary>
internal static class BoardPage
{
    public static string Render(BoardOptions options, BoardChain chain, string nonce)
    {
        var lang = options.Language;
        var text = ReportText.For(lang);
        var idle = IdleRun.Report(chain);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{text.HtmlLang}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>ChainHarness · {HtmlEncode(BoardText.Get("title", lang))}</title>");
        html.Append($"<style>{HtmlStyles.Css}{BoardStyles.Css}</style></head>");
        html.Append($"<body data-lang=\"{text.HtmlLang}\" data-phase=\"idle\">");
        html.Append("<header class=\"bar\"><div class=\"brand\">ChainHarness <span class=\"dot\">·</span> ");
        html.Append($"<span data-t=\"title\">{HtmlEncode(BoardText.Get("title", lang))}</span>");
        html.Append($"<div class=\"who\">{HtmlEncode(chain.MunicipalityName)} <span>({HtmlEncode(chain.MunicipalityCode)})</span></div></div>");
        html.Append("<div class=\"controls\">");
        html.Append($"<label for=\"scenario\" data-t=\"scenario\">{HtmlEncode(BoardText.Get("scenario", lang))}</label>");
        html.Append("<select id=\"scenario\">").Append(Options(chain, lang)).Append("</select>");
        html.Append($"<button type=\"button\" id=\"start\" data-t=\"start\">{HtmlEncode(BoardText.Get("start", lang))}</button>");
        html.Append("<output id=\"clock\">0.0 s</output></div>");
        html.Append("</header>");
        html.Append("<section id=\"banner\" class=\"banner idle\" aria-live=\"polite\"><div class=\"mark\" aria-hidden=\"true\">?</div>");
        html.Append($"<div><h2 id=\"verdict\">{HtmlEncode(BoardText.Get("idle", lang))}</h2><p id=\"now\"></p></div></section>");
        html.Append("<div class=\"stage\"><section class=\"picture\" id=\"picture\">");
        html.Append(ChainDiagram.Render(idle, text, ChainGeometry.Board)).Append("</section>");
        html.Append("<aside id=\"why\" class=\"why\" aria-live=\"polite\"></aside></div>");
        html.Append($"<footer class=\"hint\" data-t=\"clickStep\">{HtmlEncode(BoardText.Get("clickStep", lang))}</footer>");
        html.Append("<dialog id=\"detail\"><div class=\"detail-body\"></div>");
        html.Append($"<button type=\"button\" id=\"close-detail\" data-t=\"close\">{HtmlEncode(BoardText.Get("close", lang))}</button></dialog>");
        // JSON in a data block: the default encoder writes '<' as \u003C, so it cannot end the element.
        html.Append($"<script type=\"application/json\" id=\"board-config\">{JsonSerializer.Serialize(Config(options, chain), BoardEvent.JsonOptions)}</script>");
        html.Append($"<script nonce=\"{nonce}\">{BoardScript.Js}</script>");
        return html.Append("</body></html>").ToString();
    }

    private static string Options(BoardChain chain, ReportLanguage lang) => string.Concat(chain.Scenarios.Select(s =>
        $"<option value=\"{HtmlEncode(s.Naam)}\">{HtmlEncode(In(ScenarioText.Label(s), lang))}</option>"));

    private static string In(Bilingual words, ReportLanguage lang) => words.In(lang);

    private static object Config(BoardOptions options, BoardChain chain) => new
    {
        lang = ReportText.For(options.Language).HtmlLang,
        paceMs = (int)options.Pace.TotalMilliseconds,
        texts = BoardText.ForPage(),
        steps = KnownSteps.All.Select(s => new { id = s.Id.ToString(), name = new Bilingual(s.DutchName, s.EnglishName) }),
        scenarios = chain.Scenarios.Select(s => new
        {
            key = s.Naam,
            label = ScenarioText.Label(s),
            title = ScenarioText.Title(s),
            failingStep = s.FalendeStap,
            wired = s.Bedraad,
            finding = StepEvents.Finding(Werkplaats.Find(s.Bevinding)),
        }),
    };
}
