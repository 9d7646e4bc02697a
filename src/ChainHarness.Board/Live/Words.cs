using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Findings;

namespace ChainHarness.Board.Live;

/// <summary>A text in both languages as the page reads it: <c>{ "nl": …, "en": … }</c>.</summary>
public sealed record Words(string Nl, string En)
{
    public static Words From(Bilingual text) => new(text.Dutch, text.English);
}
