
namespace ChainHarness.Engine.Configuration;

/// <summary>Settings of an observe driver. Defaults: deliveries are saved to the folder <c>levering</c>.</summary>
public sealed class ObserveDriverOptions
{
    /// <summary>The folder where the person saves the delivery ZIP their plan software exports (step 1).</summary>
    public string DropFolder { get; set; } = "levering";

    /// <summary>
    /// The folder where the person saves each verzoekresultaat XML the plan software received from the LVBB
    /// (<c>{idLevering}…xml</c>). When set, steps 2 and 3 read the verslag there instead of asking the LVBB
    /// endpoint, which live the harness cannot reach (the LVBB answers over ebMS). Default: not set.
    /// </summary>
    public string? VerslagFolder { get; set; }
}
