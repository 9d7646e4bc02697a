namespace ChainHarness.Simulators.World.Swf;

/// <summary>A document shared in a samenwerking.</summary>
/// <param name="Vertrouwelijkheid"><see cref="SwfCodes.StriktVertrouwelijk"/> or <see cref="SwfCodes.RegulierVertrouwelijk"/>.</param>
public sealed record SwfDocument(string Id, string Naam, string Vertrouwelijkheid, string GedeeldDoorOin, DateTimeOffset Gedeeld, byte[] Inhoud);
