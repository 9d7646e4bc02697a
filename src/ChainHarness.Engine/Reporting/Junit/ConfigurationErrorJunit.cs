using System.Xml.Linq;
using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Reporting.Junit;

/// <summary>
/// The <c>junit.xml</c> of a run that could not start because its configuration is broken: one
/// testcase in error listing every broken key, so a CI job that publishes the JUnit file shows why
/// instead of "no test results found".
/// </summary>
public static class ConfigurationErrorJunit
{
    public static string Render(ConfigurationErrorException error)
    {
        var message = string.Join(Environment.NewLine, error.Errors);
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", "Configuratie"),
            new XAttribute("tests", 1),
            new XAttribute("failures", 0),
            new XAttribute("errors", 1),
            new XAttribute("skipped", 0),
            new XAttribute("time", "0.000"),
            new XAttribute("timestamp", DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)),
            new XAttribute("hostname", "localhost"),
            new XAttribute("package", "ChainHarness"),
            new XAttribute("id", 0),
            new XElement("properties"),
            new XElement(
                "testcase",
                new XAttribute("name", "De configuratie is geldig"),
                new XAttribute("classname", "ChainHarness.Configuratie"),
                new XAttribute("time", "0.000"),
                new XElement("error", new XAttribute("message", error.Errors.FirstOrDefault() ?? "configuration error"), new XAttribute("type", "ConfigurationError"), message)),
            new XElement("system-out", string.Empty),
            new XElement("system-err", string.Empty));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite));
        return document.Declaration + Environment.NewLine + document.ToString();
    }

    /// <summary>Writes it into <paramref name="folder"/>; returns the path, or null when the folder cannot be written.</summary>
    public static string? TryWrite(string folder, ConfigurationErrorException error)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, JunitReportWriter.FileName);
            File.WriteAllText(path, Render(error));
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
