using System.Xml.Linq;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Stop;
using ChainHarness.Engine.Texts;

namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// Reads an official <c>…VerzoekResultaat</c> (LVBB transport XSD 1.2.0 / 1.3.0-ic) into the harness's
/// <see cref="LvbbVerslag"/>: the verslag's uitkomst gives the status (valide, ok, mutatie-voltooid,
/// registratie-voltooid → gevalideerd; gepubliceerd → gepubliceerd; anything else → afgekeurd), each
/// <c>stop:melding</c> a melding. A voortgang verslag is not final: it reads as null.
/// </summary>
public static class VerzoekResultaatReader
{
    private static readonly XNamespace Lvbb = StopNamespaces.Lvbb;
    private static readonly XNamespace Stop = "http://www.overheid.nl/2017/stop";

    /// <summary>Whether <paramref name="problem"/> says only that the verzoekresultaat is not final yet (a voortgang).</summary>
    public static bool NotFinalYet(Bilingual? problem) => problem?.English.StartsWith(ReceivedTexts.OnlyVoortgangEnglish, StringComparison.Ordinal) == true;

    /// <summary>The verslag, or null with the reason (not XML, not a verzoekresultaat, invalid against the XSD, only a voortgang).</summary>
    public static LvbbVerslag? Read(byte[] xml, LvbbTransportSchema? schema, DateTimeOffset ontvangen, out Bilingual? problem)
    {
        var document = SafeXml.TryLoad(xml, out var error);
        if (document?.Root is not { } root || root.Name.Namespace != Lvbb || !root.Name.LocalName.EndsWith("VerzoekResultaat", StringComparison.Ordinal))
        {
            problem = document is null ? ReceivedTexts.NotWellFormed(error) : ReceivedTexts.NotAVerzoekResultaat(document.Root?.Name.ToString());
            return null;
        }

        if (schema?.Validate(document) is { Count: > 0 } errors)
        {
            problem = ReceivedTexts.Invalid(string.Join("; ", errors));
            return null;
        }

        var verslag = root.Element(Lvbb + "verslag");
        var uitkomst = verslag?.Element(Lvbb + "uitkomst")?.Value.Trim();
        if (uitkomst is null)
        {
            problem = verslag?.Element(Lvbb + "voortgang") is { } voortgang ? ReceivedTexts.OnlyVoortgang(voortgang.Value.Trim()) : ReceivedTexts.NoVerslag;
            return null;
        }

        problem = null;
        var status = uitkomst switch
        {
            "gepubliceerd" => VerslagStatus.Gepubliceerd,
            "valide" or "ok" or "mutatie-voltooid" or "registratie-voltooid" => VerslagStatus.Gevalideerd,
            _ => VerslagStatus.Afgekeurd,
        };
        var tijdstip = DateTimeOffset.TryParse(verslag!.Element(Lvbb + "tijdstipVerslag")?.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t) ? t : ontvangen;
        var meldingen = verslag.Descendants(Lvbb + "melding").Select(m => new LvbbMelding(
            m.Element(Stop + "code")?.Value.Trim() ?? "",
            m.Element(Stop + "ernst")?.Value.Trim() ?? "",
            m.Element(Stop + "categorie")?.Value.Trim() ?? m.Element(Stop + "soort")?.Value.Trim() ?? "",
            m.Element(Stop + "beschrijving")?.Value.Trim() ?? "")).ToList();
        var soort = root.Name.LocalName.Replace("VerzoekResultaat", "Opdracht", StringComparison.Ordinal);
        return new LvbbVerslag(verslag.Element(Lvbb + "idLevering")?.Value.Trim() ?? "", soort, status, ontvangen, tijdstip, meldingen);
    }
}
