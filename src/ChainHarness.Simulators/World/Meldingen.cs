using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Lvbb;

namespace ChainHarness.Simulators.World;

/// <summary>Builds meldingen; the soort names the part of the delivery a melding is about.</summary>
internal static class Meldingen
{
    public static LvbbMelding Fout(string code, string soort, string beschrijving) => new(code, MeldingErnst.Fout, soort, beschrijving);

    public static LvbbMelding Waarschuwing(string code, string soort, string beschrijving) => new(code, MeldingErnst.Waarschuwing, soort, beschrijving);
}
