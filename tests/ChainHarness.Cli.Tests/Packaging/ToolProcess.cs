using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ChainHarness.Cli.Tests.Packaging;

/// <summary>A child process (dotnet, the installed tool) with its output, its exit code and a deadline.</summary>
internal static class ToolProcess
{
    /// <summary>The folder the running dotnet lives in, so an installed tool's launcher finds the same runtime.</summary>
    public static string DotnetRoot =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    public static ProcessStartInfo Info(string file, string workingFolder, params string[] args)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        args.ToList().ForEach(info.ArgumentList.Add);
        info.Environment["DOTNET_ROOT"] = DotnetRoot;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    public static async Task<(int Exit, string Output)> RunAsync(ProcessStartInfo info, TimeSpan deadline)
    {
        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{info.FileName} {string.Join(' ', info.ArgumentList)} took longer than {deadline}:{Environment.NewLine}{output}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <summary>Starts a process that runs until killed and waits until its output holds <paramref name="marker"/>.</summary>
    public static async Task<string> RunUntilAsync(ProcessStartInfo info, string marker, TimeSpan deadline)
    {
        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        var seen = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            Append(output, e.Data);
            if (e.Data?.Contains(marker, StringComparison.Ordinal) == true)
            {
                seen.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await seen.Task.WaitAsync(deadline);
        }
        catch (TimeoutException)
        {
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        lock (output)
        {
            return output.ToString();
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
