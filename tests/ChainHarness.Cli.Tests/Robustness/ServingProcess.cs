using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ChainHarness.Cli.Tests.Packaging;

namespace ChainHarness.Cli.Tests.Robustness;

/// <summary>The tool started as a child process that serves until killed (<c>board</c>, <c>simulate</c>), once it printed <c>marker</c>.</summary>
internal sealed class ServingProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServingProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ServingProcess> StartAsync(string marker, params string[] args)
    {
        var info = ToolProcess.Info("dotnet", AppContext.BaseDirectory, [CliUnderTest.Dll, .. args]);
        var serving = new ServingProcess(Process.Start(info)!);
        var seen = new TaskCompletionSource();
        serving._process.OutputDataReceived += (_, e) =>
        {
            lock (serving._output)
            {
                serving._output.AppendLine(e.Data);
            }

            if (e.Data?.Contains(marker, StringComparison.Ordinal) == true)
            {
                seen.TrySetResult();
            }
        };
        serving._process.BeginOutputReadLine();
        await Task.WhenAny(seen.Task, serving._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        return serving;
    }

    /// <summary>The first address in the output matching <paramref name="pattern"/>.</summary>
    public string Find(string pattern) =>
        Regex.Match(Output, pattern) is { Success: true } m ? m.Value : throw new InvalidOperationException($"no {pattern} in:{Environment.NewLine}{Output}");

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
