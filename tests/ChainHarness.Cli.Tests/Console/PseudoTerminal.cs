using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ChainHarness.Cli.Tests.Console;

/// <summary>
/// A command in a pseudo-terminal (util-linux <c>script</c>), as a person at a real terminal runs it: the program sees
/// a terminal on input and output (ANSI, prompts, live display). The test reads the screen and types keys.
/// </summary>
internal sealed partial class PseudoTerminal : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _screen = new();
    private readonly Lock _gate = new();
    private readonly Task _reading;

    private PseudoTerminal(Process process)
    {
        _process = process;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>True when <c>script</c> is there (Linux with util-linux).</summary>
    public static bool Available => File.Exists("/usr/bin/script");

    /// <summary>What the terminal has shown so far, without colour and cursor codes.</summary>
    public string Screen
    {
        get
        {
            lock (_gate)
            {
                return Ansi().Replace(_screen.ToString(), "").Replace("\r", "", StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Starts <paramref name="command"/> in a terminal, with <paramref name="environment"/> added to this process's environment.</summary>
    public static PseudoTerminal Start(string command, string workingFolder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("/usr/bin/script")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-q", "-e", "-c", $"stty cols 160 rows 60; {command}", "/dev/null" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TERM"] = "xterm-256color";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return new PseudoTerminal(Process.Start(info)!);
    }

    /// <summary>Waits until the screen shows <paramref name="text"/> for the <paramref name="nth"/> time (1-based).</summary>
    public async Task<bool> WaitForAsync(string text, int nth, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (Regex.Matches(Screen, Regex.Escape(text)).Count >= nth)
            {
                return true;
            }

            if (_process.HasExited)
            {
                return false;
            }

            await Task.Delay(50, cancellationToken);
        }

        return false;
    }

    /// <summary>Types <paramref name="keys"/> and Enter, as a person does.</summary>
    public async Task TypeLineAsync(string keys)
    {
        await _process.StandardInput.WriteAsync(keys + "\r");
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the command to end; when <paramref name="cancellationToken"/> ends first, fails with what the screen shows.</summary>
    public async Task<int> ExitCodeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The command did not end in time. The screen:\n{Screen}");
        }

        await _reading;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new char[4096];
        int read;
        while ((read = await _process.StandardOutput.ReadAsync(buffer)) > 0)
        {
            lock (_gate)
            {
                _screen.Append(buffer, 0, read);
            }
        }
    }

    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[@-Z\\-_])")]
    private static partial Regex Ansi();
}
