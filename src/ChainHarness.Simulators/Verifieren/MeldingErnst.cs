namespace ChainHarness.Simulators.Verifieren;

/// <summary>How serious a verification melding is. Only <see cref="Fout"/> rejects a file.</summary>
public enum MeldingErnst
{
    Fout,
    Waarschuwing,
    Informatie,
}
