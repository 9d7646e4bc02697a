namespace ChainHarness.Simulators.Verzoeken;

/// <summary>
/// Who submits the verzoek. <see cref="Bsn"/>, <see cref="Emailadres"/> and <see cref="Telefoon"/>
/// are confidential: they go to the addressed party in the STAM XML, never into the publishable PDF.
/// </summary>
public sealed record Initiatiefnemer(string Naam, Adres Correspondentieadres, string? Bsn = null, string? Emailadres = null, string? Telefoon = null);
