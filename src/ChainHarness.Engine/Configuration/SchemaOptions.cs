namespace ChainHarness.Engine.Configuration;

/// <summary>
/// Folders of official schemas. When set, the simulators validate against them as well as with
/// their built-in checks. Defaults: none (built-in checks only).
/// </summary>
public sealed class SchemaOptions
{
    /// <summary>A STOP/TPOD/LVBB bundle with XML catalogs, such as <c>stop-tpod-schemas-lvbb-1.2.0</c>.</summary>
    public string? StopTpod { get; set; }

    /// <summary>An LVBB 1.3.0-ic bundle (<c>stop-lvbb-schemas-1.4.1-ic</c>): the transport XSD the verzoekresultaten the plan software received are checked against.</summary>
    public string? Lvbb13 { get; set; }

    /// <summary>A folder with DMN (and IMTR) XSDs, such as <c>imtr-schemas-unofficial/imtr-3.0</c>.</summary>
    public string? Dmn { get; set; }

    public IEnumerable<string> Validate(string path)
    {
        if (StopTpod is not null && !Directory.Exists(StopTpod))
        {
            yield return $"{path}:StopTpod: folder '{StopTpod}' does not exist.";
        }

        if (Lvbb13 is not null && !Directory.Exists(Lvbb13))
        {
            yield return $"{path}:Lvbb13: folder '{Lvbb13}' does not exist.";
        }

        if (Dmn is not null && !Directory.Exists(Dmn))
        {
            yield return $"{path}:Dmn: folder '{Dmn}' does not exist.";
        }
    }
}
