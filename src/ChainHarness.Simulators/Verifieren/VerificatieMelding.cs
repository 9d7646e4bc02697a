using ChainHarness.Engine.Protocols;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>One finding of Regels verifiëren: a code (TRV-xxx, our design), its ernst (<see cref="MeldingErnst"/>) and plain words.</summary>
public sealed record VerificatieMelding(string Code, string Ernst, string Beschrijving)
{
    public static VerificatieMelding Fout(string code, string beschrijving) => new(code, MeldingErnst.Fout, beschrijving);

    public static VerificatieMelding Waarschuwing(string code, string beschrijving) => new(code, MeldingErnst.Waarschuwing, beschrijving);

    public static VerificatieMelding Informatie(string code, string beschrijving) => new(code, MeldingErnst.Informatie, beschrijving);
}
