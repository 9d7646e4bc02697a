using ChainHarness.Simulators.World;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// An intrekking is whole: text the besluit withdraws (<c>Verwijder</c>) is withdrawn in OW as well, so
/// every rule text and juridische regel annotating it (in the delivery or published before) is ended
/// (status <c>beëindigen</c>); and what a delivery ends was published before. The LVBB and Ozon check this
/// consistency of text and annotations; their codes are not public, so the <c>CHS-INT</c> codes are our design.
/// Ending an object Ozon does not hold is a waarschuwing: a delivery checked on its own (without the
/// publications before it, as Geonovum's intrekking examples are) cannot tell.
/// </summary>
internal sealed class IntrekkingCheck : IDeliveryCheck
{
    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        var regeling = delivery.OwManifest?.WorkIdRegeling ?? delivery.Besluit?.RegelingWorkIds.FirstOrDefault() ?? "";
        var ended = delivery.OwObjects.Where(o => o.Ended).Select(o => o.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var withdrawal in (delivery.Besluit?.Mutaties ?? []).Where(m => m.Actie == MutatieActie.Verwijder))
        {
            foreach (var text in delivery.OwObjects.Where(o => !o.Ended && o.Id is not null && withdrawal.Covers(o.WId) && reported.Add(o.Id)))
            {
                yield return Meldingen.Fout(
                    MeldingCodes.IntrekkingOnvolledig,
                    "OW",
                    $"Het besluit trekt {withdrawal.Wat} in uit {regeling}, maar {text.File} levert {text.Type} {text.Id} daarvan als geldend in plaats van die te beëindigen (status {OwObject.StatusBeeindigen}).");
            }

            var annotating = context.PublishedAnnotations(regeling).Where(a => withdrawal.Covers(a.WId)).SelectMany(a => new[] { a.Id, a.RegeltekstId });
            foreach (var id in annotating.OfType<string>().Where(id => !ended.Contains(id) && reported.Add(id)))
            {
                yield return Meldingen.Fout(
                    MeldingCodes.IntrekkingOnvolledig,
                    "OW",
                    $"Het besluit trekt {withdrawal.Wat} in uit {regeling}, maar de levering beëindigt {id} niet, dat het annoteert: Ozon zou een ingetrokken regel blijven tonen.");
            }
        }

        foreach (var o in delivery.OwObjects.Where(o => o.Ended && o.Id is not null && !context.KnownOwId(o.Id)))
        {
            yield return Meldingen.Waarschuwing(MeldingCodes.BeeindigdOnbekend, "OW", $"{o.File}: {o.Type} {o.Id} is beëindigd (status {OwObject.StatusBeeindigen}), maar Ozon heeft het niet: het is nooit gepubliceerd, of al beëindigd.");
        }
    }
}
