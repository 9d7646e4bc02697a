using System.Net;
using System.Text.RegularExpressions;
using Spectre.Console.Testing;

namespace ChainHarness.Cli.Tests.Commands;

/// <summary><c>board</c> as a coach starts it. No test ever listens beyond loopback.</summary>
public sealed partial class BoardCommandTests
{
    [Test]
    public async Task Board_PortZero_PrintsItsLoopbackAddressServesThePageAndStopsOnCtrlC()
    {
        // Given the board started on a free port
        var console = new TestConsole().Width(200);
        using var stop = new CancellationTokenSource();
        var board = HarnessApp.RunAsync(["board", "--port", "0"], console, stop.Token);

        // When its address is printed and opened
        var url = await PrintedAddressAsync(console, board);
        using var http = new HttpClient();
        using var page = await http.GetAsync(url);
        await stop.CancelAsync();
        var exit = await board.WaitAsync(TimeSpan.FromSeconds(20));

        // Then it listened on loopback only, served the board, and stopped cleanly
        Assert.That(url.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Live ketenbord").And.Contain("Testdorp"));
        Assert.That(exit, Is.Zero);
        Assert.That(console.Output, Does.Contain("Ketenbord voor Testdorp").And.Contain("Ketenbord gestopt."));
    }

    [TestCase("0.0.0.0")]
    [TestCase("10.1.2.3")]
    public async Task Board_OtherAddressWithoutAllowRemote_ExitTwoNamingTheOption(string bind)
    {
        var console = new TestConsole().Width(200);

        var exit = await HarnessApp.RunAsync(["board", "--bind", bind], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("--allow-remote"));
    }

    [Test]
    public async Task Board_BadPortAndPace_ExitTwoNamingBoth()
    {
        var console = new TestConsole().Width(200);

        var exit = await HarnessApp.RunAsync(["board", "--port", "99999", "--pace", "-5"], console);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(console.Output, Does.Contain("--port").And.Contain("--pace"));
    }

    /// <summary>The address the command printed; fails when it ended first or printed none in time.</summary>
    private static async Task<Uri> PrintedAddressAsync(TestConsole console, Task<int> board)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!deadline.IsCancellationRequested && !board.IsCompleted)
        {
            if (Address().Match(console.Output) is { Success: true } found)
            {
                return new Uri(found.Value);
            }

            await Task.Delay(25, CancellationToken.None);
        }

        Assert.Fail("board printed no address: " + console.Output);
        return null!;
    }

    [GeneratedRegex(@"http://[0-9.]+:[0-9]+/")]
    private static partial Regex Address();
}
