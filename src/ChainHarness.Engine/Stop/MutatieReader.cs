using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ChainHarness.Engine.Stop;

/// <summary>Reads the <c>RegelingMutatie</c> of a besluit: which articles it adds, replaces and withdraws.</summary>
internal static partial class MutatieReader
{
    private static readonly XNamespace T = StopNamespaces.Tekst;

    public static IReadOnlyList<TekstMutatie> Read(XElement root) =>
        [.. root.Descendants(T + "RegelingMutatie").SelectMany(m => m.Elements().Select(e => Read(m, e)).OfType<TekstMutatie>())];

    private static TekstMutatie? Read(XElement regelingMutatie, XElement element)
    {
        MutatieActie? actie = element.Name.LocalName switch
        {
            "VoegToe" => MutatieActie.VoegToe,
            "Vervang" => MutatieActie.Vervang,
            "Verwijder" => MutatieActie.Verwijder,
            _ => null,
        };
        if (actie is not { } a)
        {
            return null;
        }

        var wordt = (string?)regelingMutatie.Attribute("wordt");
        return new TekstMutatie(
            a,
            wordt is null ? null : AknIds.WorkOf(wordt),
            (string?)element.Attribute(a == MutatieActie.VoegToe ? "context" : "wat"),
            [.. element.Descendants(T + "Artikel").Select(Artikel)]);
    }

    private static ArtikelTekst Artikel(XElement artikel)
    {
        var kop = artikel.Element(T + "Kop");
        return new ArtikelTekst(
            (string?)artikel.Attribute("wId") ?? "",
            Fold(kop?.Element(T + "Nummer")?.Value),
            Fold(kop?.Element(T + "Opschrift")?.Value),
            string.Join(" ", artikel.Descendants(T + "Al").Where(al => !Removed(al)).Select(al => Fold(Text(al)))));
    }

    /// <summary>The text as it reads after the change: renvooi's <c>VerwijderdeTekst</c> left out.</summary>
    private static string Text(XElement al) => string.Concat(al.DescendantNodes().OfType<XText>()
        .Where(t => !t.Ancestors().TakeWhile(a => a != al).Any(a => a.Name == T + "VerwijderdeTekst"))
        .Select(t => t.Value));

    /// <summary>Inside an element the renvooi marks as removed (<c>wijzigactie="verwijder"</c>).</summary>
    private static bool Removed(XElement al) => al.Ancestors().Any(a => (string?)a.Attribute("wijzigactie") == "verwijder");

    private static string? Fold(string? text) => text is null ? null : Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
