using System.Globalization;

namespace ChainHarness.Simulators.Verzoeken;

/// <summary>A point in RD New (EPSG:28992), at most 3 decimals.</summary>
public sealed record RdPunt(double X, double Y)
{
    public bool HasAtMostThreeDecimals => Math.Round(X, 3) == X && Math.Round(Y, 3) == Y;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({X:0.###}, {Y:0.###})");
}
