namespace ChainHarness.Engine.Ports;

/// <summary>
/// What the municipality's plan software received from the LVBB. The real LVBB answers the bronhouder over
/// Digikoppeling ebMS, not the harness: live, steps 2 and 3 read the <c>…VerzoekResultaat</c> XML the plan
/// software got (its API through a driver, or a file a person saves in observe mode).
/// </summary>
public interface IReceivedVerslagen
{
    /// <summary>The latest verzoekresultaat XML received for this idLevering (a final uitkomst over a voortgang), or null when none yet.</summary>
    Task<byte[]?> TryReadAsync(string idLevering, CancellationToken cancellationToken);

    /// <summary>Where it is read from, for the cause of a missing verslag (a folder name, an API operation).</summary>
    Chain.Bilingual Source { get; }
}
