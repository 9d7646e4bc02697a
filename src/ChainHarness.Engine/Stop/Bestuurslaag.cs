namespace ChainHarness.Engine.Stop;

/// <summary>The tier of a bevoegd gezag, from its code: <c>gm</c> gemeente, <c>pv</c> provincie, <c>ws</c> waterschap, else rijk.</summary>
public static class Bestuurslaag
{
    public const string Gemeente = "gemeente";
    public const string Provincie = "provincie";
    public const string Waterschap = "waterschap";
    public const string Rijk = "rijk";

    public static string Of(string bevoegdGezagCode) => bevoegdGezagCode switch
    {
        _ when bevoegdGezagCode.StartsWith("gm", StringComparison.Ordinal) => Gemeente,
        _ when bevoegdGezagCode.StartsWith("pv", StringComparison.Ordinal) => Provincie,
        _ when bevoegdGezagCode.StartsWith("ws", StringComparison.Ordinal) => Waterschap,
        _ => Rijk,
    };
}
