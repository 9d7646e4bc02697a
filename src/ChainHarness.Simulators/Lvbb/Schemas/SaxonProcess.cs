using System.Diagnostics;
using Polly;

namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// Saxon-HE (Debian's <c>libsaxonhe-java</c>, the XSLT 2.0/3.0 processor the Schematron's
/// <c>queryBinding="xslt2"</c> asks for) run as a process: <c>java -cp Saxon-HE.jar
/// net.sf.saxon.Transform</c>. Found through <c>CHAINHARNESS_SAXON</c> (the jar) or Debian's path;
/// java on the PATH or under <c>JAVA_HOME</c>. One process per delivery, under a Polly timeout.
/// </summary>
public sealed class SaxonProcess
{
    private static readonly string[] KnownJars = ["/usr/share/java/Saxon-HE.jar", "/usr/share/java/saxon9he.jar", "/usr/share/java/saxonhe.jar"];
    private static readonly Lazy<(SaxonProcess? Saxon, string Reason)> Located = new(Locate);
    /// <summary>
    /// A run is one short process (start, compile the stylesheets, validate a few files): the client compiler
    /// only and the serial collector halve its wall time against the JVM's defaults (BENCHMARKS.md).
    /// </summary>
    private static readonly string[] ShortRun = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];
    private readonly ResiliencePipeline _timeout = new ResiliencePipelineBuilder().AddTimeout(TimeSpan.FromMinutes(2)).Build();

    private SaxonProcess(string java, string jar)
    {
        Java = java;
        Jar = jar;
    }

    public string Java { get; }

    public string Jar { get; }

    /// <summary>Saxon on this machine, or null with why not (in words, naming what to install).</summary>
    public static SaxonProcess? Find(out string reason)
    {
        (var saxon, reason) = Located.Value;
        return saxon;
    }

    /// <summary>Runs the named template <c>main</c> of a stylesheet with string parameters; its text output.</summary>
    public string RunMain(string stylesheet, IReadOnlyDictionary<string, string> parameters)
    {
        var start = new ProcessStartInfo(Java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = ["-Xss8m", .. ShortRun, "-cp", Jar, "net.sf.saxon.Transform", "-it:main", $"-xsl:{stylesheet}"];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in parameters)
        {
            start.ArgumentList.Add($"{name}={value}");
        }

        return _timeout.Execute(token =>
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Java} did not start.");
            var output = process.StandardOutput.ReadToEndAsync(token);
            var error = process.StandardError.ReadToEndAsync(token);
            try
            {
                process.WaitForExitAsync(token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0)
            {
                var message = error.GetAwaiter().GetResult().Trim();
                throw new InvalidOperationException($"Saxon ended with exit code {process.ExitCode}: {(message.Length > 600 ? message[..600] : message)}");
            }

            return output.GetAwaiter().GetResult();
        });
    }

    private static (SaxonProcess?, string) Locate()
    {
        var jar = Environment.GetEnvironmentVariable("CHAINHARNESS_SAXON") is { Length: > 0 } configured ? configured : KnownJars.FirstOrDefault(File.Exists);
        if (jar is null || !File.Exists(jar))
        {
            return (null, "Saxon-HE is not installed (apt-get install libsaxonhe-java, or set CHAINHARNESS_SAXON to Saxon-HE.jar)");
        }

        var java = JavaOnPath();
        return java is null
            ? (null, "java is not installed (apt-get install default-jre-headless)")
            : (new SaxonProcess(java, jar), "");
    }

    private static string? JavaOnPath()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var folders = (home is { Length: > 0 } ? new[] { Path.Combine(home, "bin") } : [])
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return folders.Select(f => Path.Combine(f, OperatingSystem.IsWindows() ? "java.exe" : "java")).FirstOrDefault(File.Exists);
    }
}
