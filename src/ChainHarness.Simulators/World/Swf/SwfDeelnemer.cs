namespace ChainHarness.Simulators.World.Swf;

/// <summary>A party in a samenwerking, known by the OIN of its PKIoverheid certificate.</summary>
/// <param name="Rol"><see cref="SwfCodes.Eigenaar"/> (who started it) or <see cref="SwfCodes.Partner"/>.</param>
/// <param name="Privilege"><see cref="SwfCodes.Behandelen"/> or <see cref="SwfCodes.Vertrouwelijk"/>; the owner is VT.</param>
public sealed record SwfDeelnemer(string Oin, string Naam, string Rol, string Privilege)
{
    /// <summary>Only VT sees SV documents; everyone sees RV.</summary>
    public bool MaySee(SwfDocument document) =>
        document.Vertrouwelijkheid != SwfCodes.StriktVertrouwelijk || Privilege == SwfCodes.Vertrouwelijk;
}
