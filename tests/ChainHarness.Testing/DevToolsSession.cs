using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using NUnit.Framework;

namespace ChainHarness.Testing;

/// <summary>
/// Debian's headless chromium driven over the DevTools protocol (a WebSocket on loopback), for
/// tests that open a live page, click in it and wait for what it shows. Launching skips the test
/// when chromium is absent (see <see cref="HeadlessChromium.Require"/>). Script errors in the page
/// are collected in <see cref="PageErrors"/>.
/// </summary>
public sealed class DevToolsSession : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentQueue<string> _pageErrors = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Task _receiving;
    private int _lastId;

    private DevToolsSession(Process process, DirectoryInfo profile, ClientWebSocket socket)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    public IReadOnlyList<string> PageErrors => [.. _pageErrors];

    /// <summary>Starts chromium with a page of the given size; the test is ignored when chromium is not installed.</summary>
    public static async Task<DevToolsSession> LaunchAsync(int width = 1920, int height = 1080)
    {
        var browser = HeadlessChromium.Require();
        var profile = Directory.CreateTempSubdirectory("chainharness-devtools-");
        var start = new ProcessStartInfo(browser) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])[.. HeadlessChromium.Arguments(profile.FullName), "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                     $"--window-size={width},{height}", "--hide-scrollbars", "about:blank"])
        {
            start.ArgumentList.Add(arg);
        }

        // Chromium names its DevTools address on stderr: "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID".
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.IndexOf("ws://", StringComparison.Ordinal) is >= 0 and var at)
            {
                listening.TrySetResult(new Uri(e.Data[at..].Trim()));
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var browserUrl = await listening.Task.WaitAsync(Deadline);
            using var http = new HttpClient();
            var targets = JsonDocument.Parse(await http.GetStringAsync($"http://127.0.0.1:{browserUrl.Port}/json/list")).RootElement;
            var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page").GetProperty("webSocketDebuggerUrl").GetString()!;
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(page), CancellationToken.None);
            var session = new DevToolsSession(process, profile, socket);
            await session.SendAsync("Runtime.enable");
            await session.SendAsync("Page.enable");
            await session.SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false });
            return session;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>One DevTools command; its result, or an exception with the browser's message.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }

        return await answer.Task.WaitAsync(Deadline);
    }

    /// <summary>Opens the address and waits until the page has loaded.</summary>
    public async Task NavigateAsync(Uri url)
    {
        await SendAsync("Page.navigate", new { url = url.AbsoluteUri });
        Assert.That(await WaitUntilAsync("document.readyState === 'complete'", Deadline), Is.True, $"{url} did not load");
    }

    /// <summary>The value of a script expression (promises awaited).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var reply = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (reply.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"The page's script failed on `{expression}`: {error}");
        }

        return reply.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Waits, inside the page, until the condition holds; false when it did not within the timeout.</summary>
    public async Task<bool> WaitUntilAsync(string condition, TimeSpan timeout)
    {
        var script = $$"""
            new Promise(function (done) {
              var until = performance.now() + {{(int)timeout.TotalMilliseconds}};
              (function check() {
                var ok = false; try { ok = !!({{condition}}); } catch (e) { }
                if (ok) done(true); else if (performance.now() > until) done(false); else setTimeout(check, 10);
              })();
            })
            """;
        return (await EvaluateAsync(script)).GetBoolean();
    }

    /// <summary>A real mouse click in the middle of the element, as a person would click it.</summary>
    public async Task ClickAsync(string selector)
    {
        var at = await EvaluateAsync($"(function () {{ var r = document.querySelector({JsonSerializer.Serialize(selector)}).getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }})()");
        var (x, y) = (at[0].GetDouble(), at[1].GetDouble());
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseMoved", x, y });
        await SendAsync("Input.dispatchMouseEvent", new { type = "mousePressed", x, y, button = "left", clickCount = 1 });
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseReleased", x, y, button = "left", clickCount = 1 });
    }

    /// <summary>A PNG of what the page shows now.</summary>
    public async Task<byte[]> ScreenshotAsync() =>
        Convert.FromBase64String((await SendAsync("Page.captureScreenshot", new { format = "png" })).GetProperty("data").GetString()!);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException or OperationCanceledException)
        {
        }

        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        await _receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _process.Dispose();
        _sending.Dispose();
        _profile.Delete(recursive: true);
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult part;
            try
            {
                part = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                break;
            }

            if (part.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, part.Count);
            if (part.EndOfMessage)
            {
                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement);
                message.SetLength(0);
            }
        }

        foreach (var waiting in _pending.Values)
        {
            waiting.TrySetException(new InvalidOperationException("chromium closed the DevTools connection."));
        }
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id))
        {
            if (_pending.TryRemove(id.GetInt32(), out var answer))
            {
                _ = message.TryGetProperty("error", out var error)
                    ? answer.TrySetException(new InvalidOperationException($"DevTools: {error}"))
                    : answer.TrySetResult(message.GetProperty("result").Clone());
            }

            return;
        }

        var method = message.TryGetProperty("method", out var name) ? name.GetString() : null;
        var details = message.TryGetProperty("params", out var p) ? p : default;
        if (method == "Runtime.exceptionThrown")
        {
            _pageErrors.Enqueue(details.GetProperty("exceptionDetails").ToString());
        }
        else if (method == "Runtime.consoleAPICalled" && details.GetProperty("type").GetString() == "error")
        {
            _pageErrors.Enqueue(details.GetProperty("args").ToString());
        }
    }
}
