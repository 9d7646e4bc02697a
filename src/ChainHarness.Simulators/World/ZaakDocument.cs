using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.World;

/// <summary>A document the VTH system keeps in a zaak: an attachment of the verzoek, or the verzoek's PDF.</summary>
public sealed record ZaakDocument(string Uuid, Bijlage Bijlage, byte[] Inhoud);
