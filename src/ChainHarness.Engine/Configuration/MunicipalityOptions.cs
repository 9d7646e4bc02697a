using System.Text.RegularExpressions;

namespace ChainHarness.Engine.Configuration;

/// <summary>The bevoegd gezag under test. Defaults: the fictional <c>gm9999</c> Testdorp.</summary>
public sealed partial class MunicipalityOptions
{
    /// <summary>Bevoegd gezag code, e.g. <c>gm0363</c>. Default <c>gm9999</c>.</summary>
    public string Code { get; set; } = "gm9999";

    /// <summary>Display name. Default <c>Testdorp</c>.</summary>
    public string Name { get; set; } = "Testdorp";

    /// <summary>The 20-digit OIN. Default <c>00000001999999990000</c> (fictional).</summary>
    public string Oin { get; set; } = "00000001999999990000";

    public IEnumerable<string> Validate(string path)
    {
        if (!CodePattern().IsMatch(Code ?? ""))
        {
            yield return Texts.OptionTexts.NotBevoegdGezag($"{path}:Code", Code ?? "").ToString();
        }

        if (!OinPattern().IsMatch(Oin ?? ""))
        {
            yield return Texts.OptionTexts.NotAnOin($"{path}:Oin", Oin ?? "").ToString();
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return Texts.OptionTexts.Empty($"{path}:Name").ToString();
        }
    }

    [GeneratedRegex("^(gm|pv|ws|mn|mnre)[0-9]{1,6}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{20}$")]
    private static partial Regex OinPattern();
}
