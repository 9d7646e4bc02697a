using System.Text.RegularExpressions;
using ChainHarness.Engine.Reporting;
using ChainHarness.Engine.Reporting.Html;
using ChainHarness.Testing;

namespace ChainHarness.Engine.Tests.Reporting.Html;

/// <summary>
/// Renders the HTML report in headless chromium and checks what a reader sees: the verdict on the
/// first screen and the failing step's box drawn in the failure colour. Skipped without chromium.
/// Set CHAINHARNESS_SCREENSHOT_DIR to keep the page and a screenshot of it for a look.
/// </summary>
[NonParallelizable]
public sealed partial class HtmlReportBrowserTests : WithTempFolder
{
    // Added to a copy of the report only: the report itself carries no script.
    private const string Probe = """
        <script>
        (function () {
          function seen(el) {
            if (!el) return 'missing';
            var r = el.getBoundingClientRect(), s = getComputedStyle(el);
            if (r.width <= 0 || r.height <= 0 || s.visibility === 'hidden' || s.display === 'none') return 'hidden';
            return r.top >= 0 && r.bottom <= window.innerHeight ? 'on-first-screen' : 'visible';
          }
          var box = document.getElementById('box-4b');
          var out = document.createElement('output');
          out.id = 'probe';
          out.setAttribute('data-verdict', seen(document.querySelector('#verdict h2')));
          out.setAttribute('data-verdict-text', document.querySelector('#verdict h2').textContent);
          out.setAttribute('data-box', seen(box));
          out.setAttribute('data-box-fill', box ? getComputedStyle(box.querySelector('.frame')).fill : '');
          out.setAttribute('data-box-text', box ? box.textContent : '');
          document.body.appendChild(out);
        })();
        </script>
        """;

    [Test]
    public async Task Chromium_FailingReport_ShowsVerdictOnFirstScreenAndTheRedStepBox()
    {
        var browser = HeadlessChromium.Require();
        var html = HtmlReportWriter.Render(RunReport.From(await SampleRuns.Failing4bAsync()), ReportText.Dutch);
        var page = Path.Combine(Folder.FullName, "probe.html");
        await File.WriteAllTextAsync(page, html.Replace("</body>", Probe + "</body>", StringComparison.Ordinal));

        var dom = await HeadlessChromium.DumpDomAsync(browser, page);

        var probe = ProbePattern().Match(dom);
        Assert.That(probe.Success, Is.True, "the probe did not run in chromium");
        Assert.That(Attribute(probe.Value, "data-verdict"), Is.EqualTo("on-first-screen"));
        Assert.That(Attribute(probe.Value, "data-verdict-text"), Does.StartWith("De keten is niet gesloten: stap 4b"));
        Assert.That(Attribute(probe.Value, "data-box"), Is.AnyOf("on-first-screen", "visible"));
        Assert.That(Attribute(probe.Value, "data-box-fill"), Is.EqualTo("rgb(255, 235, 233)"), "the failing box is drawn in the failure colour");
        Assert.That(Attribute(probe.Value, "data-box-text"), Does.Contain("4b").And.Contain("gefaald"));
        await KeepScreenshotAsync(browser, html);
    }

    /// <summary>With CHAINHARNESS_SCREENSHOT_DIR set, keeps the report and a screenshot of it for a look (one more chromium run).</summary>
    private async Task KeepScreenshotAsync(string browser, string html)
    {
        if (Environment.GetEnvironmentVariable("CHAINHARNESS_SCREENSHOT_DIR") is not { Length: > 0 } keep)
        {
            return;
        }

        Directory.CreateDirectory(keep);
        var page = Path.Combine(keep, "report-failing-4b.html");
        await File.WriteAllTextAsync(page, html);
        var png = Path.Combine(keep, "report-failing-4b.png");
        await HeadlessChromium.ScreenshotAsync(browser, page, png);
        Assert.That(new FileInfo(png).Length, Is.GreaterThan(20_000), "a blank page compresses to almost nothing");
    }

    private static string Attribute(string element, string name) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(element, $"{name}=\"([^\"]*)\"").Groups[1].Value);

    [GeneratedRegex("<output id=\"probe\"[^>]*>")]
    private static partial Regex ProbePattern();
}
