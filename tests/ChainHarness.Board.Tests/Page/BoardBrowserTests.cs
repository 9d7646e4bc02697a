using ChainHarness.Board.Hosting;
using ChainHarness.Board.Options;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Steps;
using ChainHarness.Testing;

namespace ChainHarness.Board.Tests.Page;

/// <summary>
/// The board in a real browser (Debian's headless chromium over the DevTools protocol) running the
/// real local chain: a coach picks F7, clicks Start, and the room sees step 2 turn red with its
/// cause, the likely owner and what to check, and every later step skipped; a click on the red
/// step opens its evidence; with F9 step 3 shows it waits, and on
/// what, until it fails. Skipped without chromium. CHAINHARNESS_SCREENSHOT_DIR keeps screenshots.
/// </summary>
[NonParallelizable]
public sealed class BoardBrowserTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private BoardServer _board = null!;
    private DevToolsSession _browser = null!;

    [OneTimeSetUp]
    public async Task OpenTheBoard()
    {
        HeadlessChromium.Require();
        _board = await BoardServer.StartAsync(new BoardOptions { Port = 0 }, FastLocal.Chain());
        _browser = await DevToolsSession.LaunchAsync(1920, 1080);
        await _browser.NavigateAsync(_board.Url);
    }

    [OneTimeTearDown]
    public async Task CloseTheBoard()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_board is not null)
        {
            await _board.DisposeAsync();
        }
    }

    /// <summary>A test that failed half-way may have left the evidence open; it would cover the page for the next.</summary>
    [SetUp]
    public Task CloseTheEvidence() => _browser.EvaluateAsync("document.getElementById('detail').open && document.getElementById('detail').close()");

    [Test]
    [Order(1)]
    public async Task Start_F7_StepTwoTurnsRedWithCauseOwnerAndCheckAndEveryLaterStepSkipped()
    {
        // Given the board, with F7 picked
        Assert.That(await Text("#verdict"), Is.EqualTo("Kies een scenario en druk op Start."));
        await PickAsync("F7");

        // When the coach clicks Start
        await _browser.ClickAsync("#start");

        // Then step 2 turns red, with why, and every step after it is skipped
        Assert.That(await _browser.WaitUntilAsync("document.querySelector('#box-2').getAttribute('data-status') === 'Failed'", Wait), Is.True, "step 2 never turned red");
        var toRed = await Attribute("body", "data-click-to-red-ms");
        TestContext.Out.WriteLine($"From the click on Start to the red step: {toRed} ms");
        Assert.That(await _browser.WaitUntilAsync("document.body.dataset.phase === 'done'", Wait), Is.True, "the run did not end on the page");
        Assert.That(await Text("#box-2"), Does.Contain("Valideren plan").And.Contain("✗ gefaald"));
        Assert.That((await _browser.EvaluateAsync("getComputedStyle(document.querySelector('#box-2 .halo')).display")).GetString(), Is.Not.EqualTo("none"));
        Assert.That(await Text("#verdict"), Does.StartWith("De keten is niet gesloten: stap 2 (Valideren plan) faalt"));
        var why = await Text("#why");
        Assert.That(why, Does.Contain("Waarom stap 2 faalt").And.Contain("De validatie keurt de levering af").And.Contain("LVBB1501"));
        Assert.That(why, Does.Contain("plansoftware (leverancier)").And.Contain("Lees de meldingen met ernst 'fout'"));
        Assert.That(await Attribute("#box-1", "data-status"), Is.EqualTo("Passed"));
        // Without partners (as the catalogue's F7 runs) steps 10 and 11 do not apply rather than being skipped.
        var skipped = Catalogue.Named("F7").OvergeslagenStappen;
        Assert.That(skipped.Select(s => s.ToString()), Is.EqualTo(new[] { "3", "4a", "4b", "5", "6", "7", "8a", "8b", "9a", "9b" }));
        foreach (var step in KnownSteps.All.Where(s => s.Id > (StepId)"2"))
        {
            var expected = skipped.Contains(step.Id) ? ("Skipped", "↷ overgeslagen") : ("NotApplicable", "– niet van toepassing");
            Assert.That(await Attribute($"#box-{step.Id}", "data-status"), Is.EqualTo(expected.Item1), $"step {step.Id}");
            Assert.That(await Text($"#box-{step.Id} .box-status"), Is.EqualTo(expected.Item2), $"step {step.Id}");
        }

        await KeepScreenshotAsync("board-f7-nl.png");
        Assert.That(_browser.PageErrors, Is.Empty);
    }

    [Test]
    [Order(2)]
    public async Task ClickTheRedStep_ItsEvidenceOpens()
    {
        await _browser.ClickAsync("#box-2 .frame");
        Assert.That(await _browser.WaitUntilAsync("document.getElementById('detail').open && document.querySelector('#detail details.evidence')", Wait), Is.True, "the detail did not open");

        await _browser.ClickAsync("#detail details.evidence > summary");

        Assert.That(await _browser.WaitUntilAsync("document.querySelector('#detail details.evidence').open", Wait), Is.True);
        Assert.That(await Text("#detail details.evidence .http"), Does.Contain("/lvbb/opdrachten/"));
        Assert.That(await Text("#detail"), Does.Contain("Bewijs").And.Contain("Wat te controleren").And.Contain("LVBB1501"));
        await KeepScreenshotAsync("board-f7-evidence.png");
        await _browser.ClickAsync("#close-detail");
        Assert.That(await _browser.WaitUntilAsync("!document.getElementById('detail').open", Wait), Is.True);
    }

    [Test]
    [Order(3)]
    public async Task ThePage_SpeaksTheBoardsOneLanguage_NoToggle()
    {
        // The run's causes are written in the board's language (board --lang), so the page offers no other.
        Assert.That((await _browser.EvaluateAsync("document.querySelectorAll('[data-set-lang]').length")).GetInt32(), Is.Zero);
        Assert.That(await Text("#why"), Does.Contain("Waarom stap 2 faalt").And.Not.Contain("Why step"));
    }

    [Test]
    [Order(4)]
    public async Task Start_F9_StepThreeShowsItIsWaitingAndOnWhatUntilItFails()
    {
        await PickAsync("F9");

        await _browser.ClickAsync("#start");

        Assert.That(await _browser.WaitUntilAsync("document.querySelector('#box-3').getAttribute('data-status') === 'Waiting'", Wait), Is.True, "step 3 never showed it waits");
        Assert.That(await Text("#box-3 .box-status"), Is.EqualTo("◔ wacht op …"));
        Assert.That(await Text("#now"), Does.Contain("stap 3").And.Contain("wacht op het LVBB-verslag"));
        Assert.That(await Text("#box-3 title"), Does.Contain("wacht op het LVBB-verslag"));
        Assert.That(await Attribute("#start", "disabled"), Is.Not.Null, "Start is off while a run goes");
        await KeepScreenshotAsync("board-f9-waiting.png");
        Assert.That(await _browser.WaitUntilAsync("document.body.dataset.phase === 'done'", Wait), Is.True);
        Assert.That(await Attribute("#box-3", "data-status"), Is.EqualTo("Failed"));
        Assert.That(await Text("#why"), Does.Contain("Plan blijft hangen in verwerking"));
        Assert.That(_browser.PageErrors, Is.Empty);
    }

    private Task PickAsync(string scenario) =>
        _browser.EvaluateAsync($"(function (s) {{ s.value = '{scenario}'; s.dispatchEvent(new Event('change')); }})(document.getElementById('scenario'))");

    private async Task<string?> Text(string selector) =>
        (await _browser.EvaluateAsync($"document.querySelector('{selector}').textContent")).GetString();

    private async Task<string?> Attribute(string selector, string name) =>
        (await _browser.EvaluateAsync($"document.querySelector('{selector}').getAttribute('{name}')")).GetString();

    private async Task KeepScreenshotAsync(string name)
    {
        var png = await _browser.ScreenshotAsync();
        Assert.That(png, Has.Length.GreaterThan(20_000), "a blank page compresses to almost nothing");
        if (Environment.GetEnvironmentVariable("CHAINHARNESS_SCREENSHOT_DIR") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            await File.WriteAllBytesAsync(Path.Combine(keep, name), png);
        }
    }
}
