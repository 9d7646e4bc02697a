using System.Net;
using System.Net.Http.Json;
using ChainHarness.Board.Hosting;
using ChainHarness.Board.Live;
using ChainHarness.Board.Options;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Board.Tests.Hosting;

/// <summary>The board over HTTP, on a free loopback port, with a scripted chain.</summary>
public sealed class BoardServerTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Test]
    public async Task StartAsync_PortZero_ListensOnLoopbackAndServesThePageWithAStrictPolicy()
    {
        await using var board = await StartAsync();

        using var response = await Http.GetAsync(board.Url);

        Assert.That(board.Url.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'; script-src 'nonce-"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Live ketenbord").And.Contain("id=\"box-4b\""));
    }

    [Test]
    public void StartAsync_OtherAddressWithoutAllowRemote_RefusedBeforeListening()
    {
        var refused = Assert.ThrowsAsync<ConfigurationErrorException>(() => BoardServer.StartAsync(new BoardOptions { Bind = "0.0.0.0", Port = 0 }, ScriptedChain.Create()));

        Assert.That(refused!.Message, Does.Contain("--allow-remote"));
    }

    [Test]
    public async Task StartAsync_PortInUse_ConfigurationErrorNamingThePort()
    {
        await using var first = await StartAsync();

        var refused = Assert.ThrowsAsync<ConfigurationErrorException>(() => BoardServer.StartAsync(new BoardOptions { Port = first.Url.Port }, ScriptedChain.Create()));

        Assert.That(refused!.Message, Does.Contain("--port").And.Contain("--port 0"));
    }

    [Test]
    public async Task PostRuns_FailingScenario_StreamsEveryStepThenTheVerdict()
    {
        await using var board = await StartAsync();

        using var started = await Http.PostAsJsonAsync(new Uri(board.Url, "runs"), new { scenario = "F7" });
        var events = await BoardEvents.ReadUntilAsync(Http, board.Url, (type, _) => type == "done");

        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(events.Select(e => e.Type).Distinct(), Is.EqualTo(new[] { "run", "step", "live", "done" }).Or.EqualTo(new[] { "run", "step", "done" }).Or.EqualTo(new[] { "live", "run", "step", "done" }));
        var step1 = events.Where(e => e.Type == "step" && e.Data.GetProperty("step").GetString() == "1").Select(e => e.Data.GetProperty("phase").GetString());
        Assert.That(step1, Is.EqualTo(new[] { "running", "waiting", "finished" }));
        var failed = events.Single(e => e.Type == "step" && e.Data.TryGetProperty("status", out var s) && s.GetString() == "Failed").Data;
        Assert.That(failed.GetProperty("step").GetString(), Is.EqualTo("2"));
        Assert.That(failed.GetProperty("finding").GetProperty("code").GetString(), Is.EqualTo("F7"));
        Assert.That(failed.GetProperty("owner").GetProperty("nl").GetString(), Is.EqualTo("plansoftware (leverancier)"));
        Assert.That(failed.GetProperty("cause").GetString(), Is.EqualTo(ScriptedStep.Cause));
        var skipped = events.Where(e => e.Type == "step" && e.Data.TryGetProperty("status", out var s) && s.GetString() == "Skipped")
            .Select(e => e.Data.GetProperty("step").GetString());
        Assert.That(skipped, Is.EqualTo(new[] { "3", "4a", "4b", "5", "6", "7", "8a", "8b", "9a", "9b", "10", "11" }));
    }

    [Test]
    public async Task PostRuns_UnknownScenarioForeignPageOrWhileRunning_Refused()
    {
        var release = new TaskCompletionSource();
        await using var board = await StartAsync(ScriptedChain.Create(beforeRun: () => release.Task));
        using var foreign = new HttpRequestMessage(HttpMethod.Post, new Uri(board.Url, "runs")) { Content = JsonContent.Create(new { scenario = "F7" }) };
        foreign.Headers.Add("Origin", "http://evil.example");

        using var unknown = await Http.PostAsJsonAsync(new Uri(board.Url, "runs"), new { scenario = "F99" });
        using var fromElsewhere = await Http.SendAsync(foreign);
        using var first = await Http.PostAsJsonAsync(new Uri(board.Url, "runs"), new { scenario = "F7" });
        using var second = await Http.PostAsJsonAsync(new Uri(board.Url, "runs"), new { scenario = "F7" });
        release.SetResult();

        Assert.That(
            new[] { unknown.StatusCode, fromElsewhere.StatusCode, first.StatusCode, second.StatusCode },
            Is.EqualTo(new[] { HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.Accepted, HttpStatusCode.Conflict }));
    }

    [Test]
    public async Task GetStep_AfterTheRun_TheReportSectionWithCauseFindingAndEvidenceInEitherLanguage()
    {
        await using var board = await StartAsync();
        using var started = await Http.PostAsJsonAsync(new Uri(board.Url, "runs"), new { scenario = "F7" });
        await board.Runs.Current.WaitAsync(TimeSpan.FromSeconds(20));

        var dutch = await Http.GetStringAsync(new Uri(board.Url, "steps/2"));
        var english = await Http.GetStringAsync(new Uri(board.Url, "steps/2?lang=en"));

        Assert.That(dutch, Does.Contain("id=\"stap-2\"").And.Contain("Wat te controleren").And.Contain("LVBB1501").And.Contain("Scripted: GET /step/2"));
        Assert.That(english, Does.Contain("What to check").And.Contain("Evidence"));
    }

    [TestCase("12")]
    [TestCase("x")]
    public async Task GetStep_UnknownStep_NotFound(string id)
    {
        await using var board = await StartAsync();

        using var response = await Http.GetAsync(new Uri(board.Url, "steps/" + id));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static Task<BoardServer> StartAsync(BoardChain? chain = null) =>
        BoardServer.StartAsync(new BoardOptions { Port = 0 }, chain ?? ScriptedChain.Create());
}
