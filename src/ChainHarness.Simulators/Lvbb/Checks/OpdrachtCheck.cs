using ChainHarness.Simulators.World;
using System.Text.RegularExpressions;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>Intake: <c>opdracht.xml</c> is there, well-formed, in the LVBB namespace, a service this simulator offers, with every field.</summary>
internal sealed partial class OpdrachtCheck : IDeliveryCheck
{
    private const string Soort = "opdracht";

    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if (delivery.Unreadable.TryGetValue(StopDeliveryReader.OpdrachtFile, out var error))
        {
            yield return Meldingen.Fout(MeldingCodes.XmlNietWelgevormd, Soort, $"opdracht.xml is geen welgevormde XML: {error}");
            yield break;
        }

        if (delivery.Opdracht is not { } opdracht)
        {
            yield return Meldingen.Fout(MeldingCodes.OpdrachtOntbreekt, Soort, "De levering heeft geen opdracht.xml.");
            yield break;
        }

        if (!opdracht.InLvbbNamespace)
        {
            yield return Meldingen.Fout(MeldingCodes.OpdrachtNamespace, Soort, $"Het wortelelement {opdracht.Soort} van opdracht.xml staat in namespace '{opdracht.Namespace}', niet in {StopNamespaces.Lvbb.NamespaceName}.");
            yield break;
        }

        if (!LvbbOpdrachtSoort.Carried.Contains(opdracht.Soort))
        {
            var known = LvbbOpdrachtSoort.Known.Contains(opdracht.Soort) ? "is een LVBB-dienst die deze simulator niet aanbiedt" : "is geen LVBB-dienst";
            yield return Meldingen.Fout(MeldingCodes.OpdrachtSoortNietOndersteund, Soort, $"{opdracht.Soort} {known}; stuur een van: {string.Join(", ", LvbbOpdrachtSoort.Carried)}.");
            yield break;
        }

        foreach (var (name, value) in Fields(opdracht).Where(f => string.IsNullOrWhiteSpace(f.Value)))
        {
            yield return Meldingen.Fout(MeldingCodes.OpdrachtVeldOntbreekt, Soort, $"opdracht.xml heeft geen {name}.");
        }

        foreach (var (name, value) in new[] { ("idBevoegdGezag", opdracht.IdBevoegdGezag), ("idAanleveraar", opdracht.IdAanleveraar) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !Oin().IsMatch(value))
            {
                yield return Meldingen.Fout(MeldingCodes.OpdrachtVeldOntbreekt, Soort, $"{name} '{value}' is geen OIN (20 cijfers).");
            }
        }
    }

    /// <summary>The fields the transport XSD requires of this opdracht (directeMutatie is optional).</summary>
    private static IEnumerable<(string Name, string? Value)> Fields(OpdrachtInfo o) =>
    [
        ("idLevering", o.IdLevering), ("idBevoegdGezag", o.IdBevoegdGezag), ("idAanleveraar", o.IdAanleveraar),
        .. o.Soort switch
        {
            LvbbOpdrachtSoort.BreekPublicatieAf => new[] { ("identificatie", o.Identificatie) },
            LvbbOpdrachtSoort.ValidatieDirecteMutatie or LvbbOpdrachtSoort.DirecteMutatie => [],
            _ => [("publicatie", o.Publicatie), ("datumBekendmaking", o.DatumBekendmaking)],
        },
    ];

    [GeneratedRegex("^[0-9]{20}$")]
    private static partial Regex Oin();
}
