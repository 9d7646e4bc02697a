namespace ChainHarness.Simulators.Dmn;

/// <summary>The conclusions a Conclusie (vergunningcheck) may give, as the loket knows them.</summary>
public static class SttrConclusies
{
    public const string NietVanToepassing = "NietVanToepassing";
    public const string Verbod = "Verbod";
    public const string Vergunningplicht = "Vergunningplicht";
    public const string Meldingsplicht = "Meldingsplicht";
    public const string Informatieplicht = "Informatieplicht";
    public const string Toestemmingsvrij = "Toestemmingsvrij";
    public const string NeemContactOpMet = "NeemContactOpMet";

    public static IReadOnlyList<string> All { get; } =
        [NietVanToepassing, Verbod, Vergunningplicht, Meldingsplicht, Informatieplicht, Toestemmingsvrij, NeemContactOpMet];

    public static bool IsConclusie(object? value) => value is string s && All.Contains(s, StringComparer.Ordinal);
}
