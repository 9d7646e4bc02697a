using System.Diagnostics;
using ChainHarness.Testing;

namespace ChainHarness.Cli.Tests.Suppliers;

/// <summary>
/// One reference fake (tests/Fakes/…) as a process of its own on a free loopback port: started with
/// <c>dotnet &lt;its dll&gt;</c>, its URL read from the <c>LISTENING</c> line it prints; killed (its own process) on dispose.
/// </summary>
internal sealed class FakeProcess : IDisposable
{
    private readonly Process _process;

    private FakeProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<FakeProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll(name));
        foreach (var argument in arguments.Concat(["--urls", "http://127.0.0.1:0"]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith("LISTENING ", StringComparison.Ordinal))
            {
                return new FakeProcess(process, new Uri(line["LISTENING ".Length..].Trim()));
            }
        }

        var error = await process.StandardError.ReadToEndAsync(deadline.Token);
        process.Dispose();
        throw new InvalidOperationException($"{name} ended before it listened: {error}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    /// <summary>The fake's program, built beside the tests in the same configuration.</summary>
    private static string Dll(string name)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(RepositoryFolders.RepositoryRoot, "tests", "Fakes", name, "bin", configuration, "net10.0", name + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the fake first: dotnet build tests/Fakes/{name}", dll);
    }
}
