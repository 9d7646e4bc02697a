using System.Text;
using ChainHarness.Simulators;

namespace ChainHarness.Simulators.Fixtures;

/// <summary>
/// The harness's own fixtures (<c>fixtures/</c> in the repository) that travel inside this assembly, by
/// their path under <c>fixtures/</c> (<c>testdorp/wijziging-dakkapellen/opdracht.xml</c>); <c>..</c> segments are folded.
/// </summary>
internal static class FixtureFiles
{
    public static string Read(string path)
    {
        var name = "fixtures/" + Fold(path);
        using var stream = typeof(FixtureFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The fixture '{name}' is not embedded in {typeof(FixtureFiles).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary><paramref name="file"/> in <paramref name="folder"/>: <c>Combine("iterations/2/wijziging", "../../../testdorp/x.xml")</c> is <c>testdorp/x.xml</c>.</summary>
    public static string Combine(string folder, string file) => Fold($"{folder.TrimEnd('/')}/{file}");

    private static string Fold(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    throw new InvalidOperationException($"The fixture path '{path}' leaves the fixtures folder.");
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
