using ChainHarness.Simulators.World;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// Every reference between OW objects (a juridische regel to its rule text, activity and
/// location; a location group to its locations; …) points at an object in the delivery or one
/// already published. Exempt: geometry references (into the GIO, not OW) and an activity's
/// bovenliggendeActiviteit (usually the bevoegd gezag's existing root activity).
/// </summary>
internal sealed class AnnotationReferenceCheck : IDeliveryCheck
{
    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        var defined = delivery.OwObjects
            .SelectMany(o => (o.Id is null ? [] : new[] { o.Id }).Concat(o.NestedIds))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var owObject in delivery.OwObjects)
        {
            foreach (var reference in owObject.References.Where(r => r.Kind != "GeometrieRef" && r.Role != "bovenliggendeActiviteit"))
            {
                if (!defined.Contains(reference.Target) && !context.KnownOwId(reference.Target))
                {
                    yield return Meldingen.Fout(
                        MeldingCodes.OwVerwijzingOnbekend,
                        "OW",
                        $"{owObject.File}: {owObject.Type} {owObject.Id} verwijst ({reference.Kind}) naar {reference.Target}, dat niet in de levering zit en ook niet eerder is gepubliceerd.");
                }
            }
        }
    }
}
