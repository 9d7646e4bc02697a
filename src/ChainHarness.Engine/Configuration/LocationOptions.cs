namespace ChainHarness.Engine.Configuration;

/// <summary>
/// The test location, in RD New (EPSG:28992), at most 3 decimals. Default: a point inside the
/// werkingsgebied of Testdorp's dakkapel rule (see <c>fixtures/</c>).
/// </summary>
public sealed class LocationOptions
{
    public double X { get; set; } = 155_050.0;

    public double Y { get; set; } = 463_050.0;

    public IEnumerable<string> Validate(string path)
    {
        if (X is < 0 or > 300_000)
        {
            yield return Texts.OptionTexts.OutsideRd($"{path}:X", X, 0, 300000).ToString();
        }

        if (Y is < 289_000 or > 629_000)
        {
            yield return Texts.OptionTexts.OutsideRd($"{path}:Y", Y, 289000, 629000).ToString();
        }

        if (Math.Round(X, 3) != X || Math.Round(Y, 3) != Y)
        {
            yield return Texts.OptionTexts.ThreeDecimals(path).ToString();
        }
    }
}
