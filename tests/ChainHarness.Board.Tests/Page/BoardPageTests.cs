using System.Text.Json;
using System.Text.RegularExpressions;
using ChainHarness.Board.Hosting;
using ChainHarness.Board.Options;
using ChainHarness.Board.Page;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;

namespace ChainHarness.Board.Tests.Page;

public sealed class BoardPageTests
{
    private static readonly string Dutch = BoardPage.Render(new BoardOptions(), ScriptedChain.Create(), "bm9uY2U=");

    [Test]
    public void Render_NothingFromOutside_NoAddressButTheSvgNamespace()
    {
        var addresses = Regex.Matches(Dutch, "(https?:)?//[a-z0-9.-]+", RegexOptions.IgnoreCase).Select(m => m.Value).Distinct();

        Assert.That(addresses, Is.EquivalentTo(new[] { "http://www.w3.org" }));
        Assert.That(Dutch, Does.Not.Contain("<link").And.Not.Contain(" src="));
    }

    [Test]
    public void Render_OffersAllesGoedAndTwentyFindings()
    {
        Assert.That(Regex.Matches(Dutch, "<option ").Count, Is.EqualTo(21));
        Assert.That(System.Net.WebUtility.HtmlDecode(Dutch), Does.Contain("<option value=\"F7\">F7 · stap 2 — De LVBB keurt de levering af"));
    }

    [Test]
    public void Render_PictureOnceInTheBoardsGeometry()
    {
        Assert.That(Regex.Matches(Dutch, "id=\"box-4b\"").Count, Is.EqualTo(1));
        Assert.That(Dutch, Does.Not.Contain("<template"), "the page speaks one language: no second picture");
        Assert.That(Dutch, Does.Contain("<svg class=\"chain\" viewBox=\"0 0 1056 "), "ChainGeometry.Board, not the report's 1254 units");
        Assert.That(Dutch, Does.Contain(">Bekijken plan in<").And.Contain(">DSO-LV viewer<"), "the Dutch name, on two lines");
    }

    [Test]
    public void Render_Config_JsonThatCannotEndItsScriptElement()
    {
        var json = Regex.Match(Dutch, "<script type=\"application/json\" id=\"board-config\">(.*?)</script>").Groups[1].Value;
        var config = JsonDocument.Parse(json).RootElement;

        Assert.That(config.GetProperty("lang").GetString(), Is.EqualTo("nl"));
        Assert.That(config.GetProperty("paceMs").GetInt32(), Is.EqualTo(350));
        Assert.That(config.GetProperty("texts").GetProperty("en").GetProperty("whyFails").GetString(), Is.EqualTo("Why step {step} fails"));
        Assert.That(config.GetProperty("scenarios").GetArrayLength(), Is.EqualTo(21));
        Assert.That(json, Does.Not.Contain("<"));
    }

    [Test]
    public void Render_English_OpensInEnglish()
    {
        var english = BoardPage.Render(new BoardOptions { Language = ReportLanguage.English }, ScriptedChain.Create(), "bm9uY2U=");

        Assert.That(english, Does.Contain("<html lang=\"en\">").And.Contain("Live chain board").And.Contain("Pick a scenario and press Start."));
    }

    [Test]
    public void Render_Script_CarriesTheNonceOfThePolicy()
    {
        Assert.That(Dutch, Does.Contain("<script nonce=\"bm9uY2U=\">"));
    }
}
