namespace ChainHarness.Engine.Configuration;

/// <summary>
/// Where the official schemas are. The simulated LVBB validates every delivery against the
/// official STOP/LVBB XSDs and Schematron whenever it finds the bundles: <see cref="Bundles"/>
/// (also <c>--schemas</c>), else the environment variable <c>CHAINHARNESS_SCHEMAS</c>, else
/// <c>../shared/reference</c> beside the working folder, else the user's cache
/// (<c>~/.cache/chainharness/schemas</c>). <see cref="Official"/> false turns it off.
/// </summary>
public sealed class SchemaOptions
{
    /// <summary>One STOP/TPOD/LVBB bundle with XML catalogs, such as <c>stop-tpod-schemas-lvbb-1.2.0</c> (older key; still honoured).</summary>
    public string? StopTpod { get; set; }

    /// <summary>An LVBB 1.3.0-ic bundle (<c>stop-lvbb-schemas-1.4.1-ic</c>): the transport XSD the verzoekresultaten the plan software received are checked against.</summary>
    public string? Lvbb13 { get; set; }

    /// <summary>A folder that holds the official bundles (<c>stop-tpod-schemas-lvbb-1.2.0</c>, <c>stop-lvbb-schemas-1.4.1-ic</c>).</summary>
    public string? Bundles { get; set; }

    /// <summary>False: the simulated LVBB runs its own checks only, even where the official bundles are found.</summary>
    public bool Official { get; set; } = true;

    /// <summary>A folder with DMN (and IMTR) XSDs, such as <c>imtr-schemas-unofficial/imtr-3.0</c>.</summary>
    public string? Dmn { get; set; }

    public IEnumerable<string> Validate(string path)
    {
        if (StopTpod is not null && !Directory.Exists(StopTpod))
        {
            yield return Texts.OptionTexts.NoFolder($"{path}:StopTpod", StopTpod ?? "").ToString();
        }

        if (Lvbb13 is not null && !Directory.Exists(Lvbb13))
        {
            yield return Texts.OptionTexts.NoFolder($"{path}:Lvbb13", Lvbb13 ?? "").ToString();
        }

        if (Bundles is not null && !Directory.Exists(Bundles))
        {
            yield return Texts.OptionTexts.NoFolder($"{path}:Bundles", Bundles ?? "").ToString();
        }

        if (Dmn is not null && !Directory.Exists(Dmn))
        {
            yield return Texts.OptionTexts.NoFolder($"{path}:Dmn", Dmn ?? "").ToString();
        }
    }
}
