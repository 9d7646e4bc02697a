using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// Runs a bundle's official Schematron files on the XML files of a delivery through Saxon-HE.
/// Each <c>.sch</c> is compiled to XSLT once (<see cref="SchematronCompiler"/>) and kept on disk
/// under the temp folder, keyed by a hash of the Schematron; one XSLT 3.0 driver applies every
/// module to every file with <c>fn:transform</c>, so a delivery costs one Saxon process. Results
/// are kept per file content, so the same file is not checked twice in one process.
/// </summary>
public sealed class SchematronValidator
{
    private const string CompilerVersion = "chs-schematron-1";
    private static readonly ConcurrentDictionary<string, Lazy<SchematronValidator>> Cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<SchematronFinding>> _results = new(StringComparer.Ordinal);
    private readonly SaxonProcess _saxon;
    private readonly string _driver;

    private SchematronValidator(SchemaBundle bundle, SaxonProcess saxon)
    {
        Bundle = bundle;
        _saxon = saxon;
        _driver = CompileAll(bundle);
    }

    public SchemaBundle Bundle { get; }

    public static SchematronValidator For(SchemaBundle bundle, SaxonProcess saxon) =>
        Cache.GetOrAdd(bundle.Root, _ => new Lazy<SchematronValidator>(() => new SchematronValidator(bundle, saxon))).Value;

    /// <summary>The findings per file name (files without findings are absent).</summary>
    public IReadOnlyList<SchematronFinding> Validate(IReadOnlyList<DeliveryFile> files)
    {
        var keyed = files.Select(f => (File: f, Key: Convert.ToHexString(SHA256.HashData(f.Content)))).ToList();
        var todo = keyed.Where(k => !_results.ContainsKey(k.Key)).ToList();
        if (todo.Count > 0)
        {
            var fresh = Run([.. todo.Select(t => t.File)]);
            foreach (var (file, key) in todo)
            {
                _results[key] = [.. fresh.Where(f => f.File == file.Name)];
            }
        }

        return [.. keyed.SelectMany(k => _results[k.Key].Select(f => f with { File = k.File.Name }))];
    }

    private List<SchematronFinding> Run(IReadOnlyList<DeliveryFile> files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "chainharness", "schematron-input", Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var list = new StringBuilder();
            for (var i = 0; i < files.Count; i++)
            {
                var path = Path.Combine(folder, $"f{i}.xml");
                File.WriteAllBytes(path, files[i].Content);
                var uri = new Uri(path).AbsoluteUri;
                names[uri] = files[i].Name;
                list.Append(uri).Append('\n');
            }

            var listFile = Path.Combine(folder, "files.txt");
            File.WriteAllText(listFile, list.ToString());
            var output = _saxon.RunMain(_driver, new Dictionary<string, string> { ["list"] = new Uri(listFile).AbsoluteUri });
            return Parse(output, names);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<SchematronFinding> Parse(string output, Dictionary<string, string> names)
    {
        var findings = new List<SchematronFinding>();
        var file = "";
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                file = names.GetValueOrDefault(line[2..].Trim(), line[2..].Trim());
            }
            else if (line.StartsWith(SchematronCompiler.LineStart, StringComparison.Ordinal))
            {
                var parts = line[SchematronCompiler.LineStart.Length..].Split(SchematronCompiler.Separator, 4);
                if (parts.Length == 4)
                {
                    findings.Add(SchematronFinding.From(file, parts[0], parts[1], parts[2], parts[3]));
                }
            }
            else if (line.StartsWith("!!", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The official Schematron could not be run on {file}: {line[2..].Trim()}");
            }
        }

        return findings;
    }

    /// <summary>Writes the compiled modules and the driver once per Schematron content; returns the driver's path.</summary>
    private static string CompileAll(SchemaBundle bundle)
    {
        var hash = new StringBuilder(CompilerVersion);
        foreach (var sch in bundle.SchematronFiles)
        {
            hash.Append(sch).Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(sch))));
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(hash.ToString())))[..16];
        var folder = Path.Combine(Path.GetTempPath(), "chainharness", "schematron", $"{bundle.Name}-{key}");
        var driver = Path.Combine(folder, "main.xsl");
        if (File.Exists(driver))
        {
            return driver;
        }

        var staging = Directory.CreateDirectory($"{folder}.{Guid.NewGuid():N}").FullName;
        var modules = new List<string>();
        foreach (var sch in bundle.SchematronFiles)
        {
            var name = $"{Path.GetFileNameWithoutExtension(sch)}-{modules.Count}.xsl";
            SchematronCompiler.Compile(XDocument.Load(sch)).Save(Path.Combine(staging, name));
            modules.Add(name);
        }

        SchematronDriver.Create(modules).Save(Path.Combine(staging, "main.xsl"));
        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException) when (File.Exists(driver))
        {
            // Another process compiled the same Schematron at the same moment: use theirs.
            Directory.Delete(staging, recursive: true);
        }

        return driver;
    }
}
