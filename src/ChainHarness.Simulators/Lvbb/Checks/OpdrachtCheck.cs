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
            yield return Meldingen.Fout(MeldingCodes.XmlNietWelgevormd, Soort, $"opdracht.xml is not well-formed XML: {error}");
            yield break;
        }

        if (delivery.Opdracht is not { } opdracht)
        {
            yield return Meldingen.Fout(MeldingCodes.OpdrachtOntbreekt, Soort, "The delivery has no opdracht.xml.");
            yield break;
        }

        if (!opdracht.InLvbbNamespace)
        {
            yield return Meldingen.Fout(MeldingCodes.OpdrachtNamespace, Soort, $"The root element {opdracht.Soort} of opdracht.xml is in namespace '{opdracht.Namespace}', not {StopNamespaces.Lvbb.NamespaceName}.");
            yield break;
        }

        if (opdracht.Soort is not (LvbbOpdrachtSoort.Validatie or LvbbOpdrachtSoort.Publicatie))
        {
            var known = LvbbOpdrachtSoort.Known.Contains(opdracht.Soort) ? "is an LVBB service this simulator does not offer" : "is no LVBB service";
            yield return Meldingen.Fout(MeldingCodes.OpdrachtSoortNietOndersteund, Soort, $"{opdracht.Soort} {known}; send a validatieOpdracht or publicatieOpdracht.");
            yield break;
        }

        foreach (var (name, value) in Fields(opdracht).Where(f => string.IsNullOrWhiteSpace(f.Value)))
        {
            yield return Meldingen.Fout(MeldingCodes.OpdrachtVeldOntbreekt, Soort, $"opdracht.xml has no {name}.");
        }

        foreach (var (name, value) in new[] { ("idBevoegdGezag", opdracht.IdBevoegdGezag), ("idAanleveraar", opdracht.IdAanleveraar) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !Oin().IsMatch(value))
            {
                yield return Meldingen.Fout(MeldingCodes.OpdrachtVeldOntbreekt, Soort, $"{name} '{value}' is not an OIN (20 digits).");
            }
        }
    }

    private static IEnumerable<(string Name, string? Value)> Fields(OpdrachtInfo o) =>
    [
        ("idLevering", o.IdLevering), ("idBevoegdGezag", o.IdBevoegdGezag), ("idAanleveraar", o.IdAanleveraar),
        ("publicatie", o.Publicatie), ("datumBekendmaking", o.DatumBekendmaking),
    ];

    [GeneratedRegex("^[0-9]{20}$")]
    private static partial Regex Oin();
}
