using ChainHarness.Engine.Protocols;
namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// One melding of the LVBB: a code (e.g. <c>LVBB1501</c>), its ernst (see <see cref="MeldingErnst"/>),
/// its soort (the part of the delivery it is about) and a description. The JSON shape is our
/// design: the LVBB's own verslag format is not public.
/// </summary>
public sealed record LvbbMelding(string Code, string Ernst, string Soort, string Beschrijving)
{
    public bool IsFout => Ernst == MeldingErnst.Fout;

    public override string ToString() => $"{Code} ({Ernst}): {Beschrijving}";
}
