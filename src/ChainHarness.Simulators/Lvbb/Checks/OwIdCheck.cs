using ChainHarness.Simulators.World;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// Every OW id has the IMOW pattern, and carries the bevoegd gezag code of the regeling it is
/// delivered for (from manifest-ow's WorkIDRegeling). Our design on the ernst: another code on an
/// activity or a rule text is a fout (the RTR files activities by that code, and the text belongs
/// to this bevoegd gezag's besluit); on other objects a waarschuwing, because Geonovum's own
/// test deliveries mix codes on locations and juridische regels and the LVBB accepted them.
/// </summary>
internal sealed class OwIdCheck : IDeliveryCheck
{
    private static readonly string[] OwnedTypes = ["Activiteit", "Regeltekst", "Divisie", "Divisietekst"];

    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        var regeling = delivery.OwManifest?.WorkIdRegeling ?? delivery.Besluit?.RegelingWorkIds.FirstOrDefault();
        var code = regeling is null ? null : AknIds.BevoegdGezagOf(regeling);
        foreach (var (id, type, file) in Identificaties(delivery).Distinct())
        {
            if (!OwId.TryParse(id, out var owId))
            {
                yield return Meldingen.Fout(MeldingCodes.OwIdPatroon, "OW", $"{file}: '{id}' is geen OW-id (nl.imow-<bevoegd gezag>.<type>.<1 tot 32 letters en cijfers>).");
            }
            else if (code is not null && owId!.BevoegdGezag != code)
            {
                var text = $"{file}: {type} {id} draagt bevoegd gezag {owId.BevoegdGezag}, maar de regeling {regeling} is van {code}.";
                yield return OwnedTypes.Contains(type)
                    ? Meldingen.Fout(MeldingCodes.OwIdAnderBevoegdGezag, "OW", text)
                    : Meldingen.Waarschuwing(MeldingCodes.OwIdAnderBevoegdGezag, "OW", text);
            }
        }
    }

    private static IEnumerable<(string Id, string Type, string File)> Identificaties(StopDelivery delivery) =>
        delivery.OwObjects.SelectMany(o =>
            (o.Id is null ? [] : new[] { (o.Id, o.Type, o.File) })
                .Concat(o.NestedIds.Select(n => (n, "genest object", o.File))));
}
