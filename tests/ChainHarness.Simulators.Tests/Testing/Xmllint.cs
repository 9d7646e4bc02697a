using System.Diagnostics;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Schemas;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>
/// libxml2's xmllint (Debian libxml2-utils) as an independent XSD validator: the file against the
/// bundle's XSD for its root namespace, offline through the bundle's catalogs. Inconclusive without it.
/// </summary>
internal static class Xmllint
{
    public static bool IsValid(SchemaBundle bundle, DeliveryFile file, out string output)
    {
        var xmllint = new[] { "/usr/bin/xmllint", "/usr/local/bin/xmllint" }.FirstOrDefault(File.Exists);
        if (xmllint is null)
        {
            Assert.Inconclusive("xmllint is not installed (apt-get install libxml2-utils).");
        }

        var schema = SchemaFor(bundle, file) ?? throw new InvalidOperationException($"{file.Name} has no STOP/LVBB/OW root.");
        var path = Path.Combine(Path.GetTempPath(), $"xmllint-{Guid.NewGuid():N}-{file.Name}");
        File.WriteAllBytes(path, file.Content);
        try
        {
            var start = new ProcessStartInfo(xmllint!) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "--noout", "--nonet", "--schema", schema, path })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["XML_CATALOG_FILES"] = string.Join(' ', bundle.Catalogs.Select(c => Path.Combine(bundle.Root, c)));
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            output = process.StandardError.ReadToEnd();
            process.WaitForExit();
            _ = stdout.Result;
            return process.ExitCode == 0;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>True when the file's root is a STOP/LVBB/OW element the bundle has an XSD for.</summary>
    public static bool Covers(SchemaBundle bundle, DeliveryFile file) => SchemaFor(bundle, file) is not null;

    private static string? SchemaFor(SchemaBundle bundle, DeliveryFile file)
    {
        var ns = SafeXml.TryLoad(file.Content, out _)?.Root?.Name.Namespace;
        var resolver = new CatalogResolver(bundle.Root, bundle.Catalogs);
        string? Url(string end) => bundle.StopSchemas.Concat(bundle.OwSchemas).FirstOrDefault(u => u.EndsWith(end, StringComparison.Ordinal));
        var url = ns == StopNamespaces.Lvbb ? Url("lvbb-transport.xsd")
            : ns == StopNamespaces.Aanlevering ? Url("lvbb-stop-aanlevering.xsd")
            : ns == StopNamespaces.Geo ? Url("imop-geo.xsd")
            : ns == StopNamespaces.ManifestOw ? Url("manifest-ow.xsd")
            : ns == StopNamespaces.OwDeelbestand ? Url("IMOW_Deelbestand.xsd")
            : null;
        return url is null ? null : resolver.Map(url);
    }
}
