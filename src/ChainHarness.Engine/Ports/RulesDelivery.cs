namespace ChainHarness.Engine.Ports;

/// <summary>
/// A delivery for Toepasbare regels aanleveren: the ZIP (opdrachtAanleverenToepasbareRegels.xml,
/// manifest.xml, the .dmn files), its idLevering and the geldigBegindatum the opdracht carries
/// (null when the software left it out).
/// </summary>
public sealed record RulesDelivery(string IdLevering, byte[] Zip, DateOnly? GeldigBegindatum);
