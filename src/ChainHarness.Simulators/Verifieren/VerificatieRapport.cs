using ChainHarness.Engine.Protocols;
using ChainHarness.Simulators.World;
namespace ChainHarness.Simulators.Verifieren;

/// <summary>The result of verifying one file: approved when no melding is a fout.</summary>
public sealed record VerificatieRapport(IReadOnlyList<VerificatieMelding> Meldingen)
{
    public bool Goedgekeurd => Meldingen.All(m => m.Ernst != MeldingErnst.Fout);

    public IEnumerable<VerificatieMelding> Fouten => Meldingen.Where(m => m.Ernst == MeldingErnst.Fout);
}
