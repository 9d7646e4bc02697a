namespace ChainHarness.Simulators.Verzoeken;

/// <summary>
/// An attachment's description (its content is kept beside it). Unique within a verzoek by
/// <see cref="Bestandsnaam"/> and by <see cref="Sha256"/>. A confidential (vertrouwelijk) attachment
/// goes to the addressed party but never into the publishable PDF.
/// </summary>
/// <param name="DocumentType">The indieningsvereiste it satisfies (a bijlageType), e.g. <c>Bouwtekening</c>.</param>
public sealed record Bijlage(string DocumentId, string Bestandsnaam, string DocumentType, string MediaType, bool Vertrouwelijk, long Omvang, string Sha256);
