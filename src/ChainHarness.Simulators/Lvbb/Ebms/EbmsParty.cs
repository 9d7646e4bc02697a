namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>What a CPA between a bronhouder and the LVBB would say, as far as the simulator needs it: where the bronhouder's MSH receives, and which LVBB version it speaks.</summary>
public sealed record EbmsParty(string Oin, Uri Endpoint, string LvbbVersie)
{
    /// <summary>The CPAId: sender and receiver ids plus a serial number (the Digikoppeling profile's good practice; GUESS).</summary>
    public string CpaId => $"{Oin}_{EbmsParties.LvbbOin}_0001";
}
