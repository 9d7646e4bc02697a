using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Bekendmakingen;
using ChainHarness.Simulators.World;
using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.Lvbb;

/// <summary>
/// What the simulated LVBB does on a valid publicatieOpdracht: consolidate the regeling (its new
/// version and text), hand activities, locations and annotations to Ozon (ending those the delivery
/// ends: status beëindigen), and the publication to officielebekendmakingen.nl. An ontwerpbesluit is only made
/// known (bekendmaking): it is no version of the regeling, so it is neither consolidated nor handed to Ozon as
/// the regeling in force (contracts/lvbb: the ontwerp view Ozon keeps beside it is not simulated, GUESS).
/// </summary>
internal static class LvbbPublisher
{
    public static LvbbPublicatie Publish(SimulatedWorld world, LvbbOpdracht opdracht)
    {
        var delivery = opdracht.Delivery;
        var besluit = delivery.Besluit!;
        var regeling = delivery.OwManifest?.WorkIdRegeling ?? besluit.RegelingWorkIds.FirstOrDefault();
        var expression = besluit.RegelingExpressionIds.FirstOrDefault(e => AknIds.WorkOf(e) == regeling);
        if (regeling is not null && !besluit.IsOntwerp)
        {
            Consolidate(world, besluit, regeling, expression);
            HandToOzon(world, delivery, regeling);
        }

        var bekendmaking = Announce(world, opdracht, besluit);
        return new LvbbPublicatie(besluit.WorkId ?? besluit.FileName, regeling, expression, bekendmaking.Identificatie, bekendmaking.DatumBekendmaking);
    }

    private static void Consolidate(SimulatedWorld world, BesluitInfo besluit, string regeling, string? expression)
    {
        var code = AknIds.BevoegdGezagOf(regeling) ?? "?";
        var current = world.OzonDocuments.FindRegeling(regeling);
        world.OzonDocuments.Put(new OzonRegeling(
            regeling,
            expression ?? current?.ExpressionId ?? regeling,
            current?.OfficieleTitel ?? besluit.OfficieleTitel ?? regeling,
            current?.Type ?? "Omgevingsplan",
            code,
            current?.BevoegdGezagNaam ?? (code == world.Profile.Municipality.Code ? world.Profile.Municipality.Name : code),
            (current?.Versie ?? 0) + 1));
        foreach (var mutatie in besluit.Mutaties.Where(m => m.RegelingWorkId is null || m.RegelingWorkId == regeling))
        {
            world.OzonDocuments.Apply(regeling, mutatie);
        }
    }

    internal static void HandToOzon(SimulatedWorld world, StopDelivery delivery, string regeling)
    {
        var geometries = GmlGeometryReader.Read(delivery);
        foreach (var ended in delivery.OwObjects.Where(o => o.Ended && o.Id is not null))
        {
            world.Ozon.RemoveLocation(ended.Id!);
            world.Ozon.RemoveActivity(ended.Id!);
            world.OzonDocuments.RemoveAnnotatie(ended.Id!);
        }

        var current = delivery.OwObjects.Where(o => !o.Ended && o.Id is not null).ToList();
        foreach (var gebied in current.Where(g => g.Type == "Gebied"))
        {
            var reference = gebied.References.FirstOrDefault(r => r.Kind == "GeometrieRef")?.Target;
            if (reference is not null && geometries.TryGetValue(reference, out var geometry))
            {
                world.Ozon.Add(new PublishedLocation(gebied.Id!, gebied.Naam ?? gebied.Id!, geometry));
            }
        }

        foreach (var groep in current.Where(g => g.Type == "Gebiedengroep"))
        {
            var members = groep.References.Select(r => world.Ozon.FindLocation(r.Target)?.Geometry).OfType<Geometry>().ToList();
            if (members.Count > 0)
            {
                world.Ozon.Add(new PublishedLocation(groep.Id!, groep.Naam ?? groep.Id!, members.Aggregate((a, b) => a.Union(b))));
            }
        }

        foreach (var rule in current.Select(OwRule.From).OfType<OwRule>())
        {
            var wId = rule.RegeltekstId is { } tekst ? delivery.FindObject(tekst)?.WId : null;
            world.OzonDocuments.Put(new OzonRegelAnnotatie(rule.Id, rule.Type, regeling, rule.RegeltekstId, wId, rule.ActivityIds, rule.LocationIds));
        }

        // An activity applies wherever one of its rules does: those of this delivery and those published before.
        foreach (var activiteit in current.Where(a => a.Type == "Activiteit"))
        {
            var locations = world.OzonDocuments.Annotaties.Where(r => r.ActivityIds.Contains(activiteit.Id!)).SelectMany(r => r.LocationIds).Distinct().ToList();
            world.Ozon.Add(new PublishedActivity(activiteit.Id!, activiteit.Naam ?? activiteit.Id!, OwId.TryParse(activiteit.Id, out var id) ? id!.BevoegdGezag : "?", locations, regeling));
        }

        world.OzonDocuments.Register(delivery.OwObjects.SelectMany(o => (o.Id is null ? [] : new[] { o.Id }).Concat(o.NestedIds)));
    }

    private static Bekendmaking Announce(SimulatedWorld world, LvbbOpdracht opdracht, BesluitInfo besluit)
    {
        var code = besluit.WorkId is { } work ? AknIds.BevoegdGezagOf(work) ?? "" : "";
        var (blad, prefix) = Bestuurslaag.Of(code) switch
        {
            Bestuurslaag.Gemeente => ("Gemeenteblad", "gmb"),
            Bestuurslaag.Provincie => ("Provinciaal blad", "prb"),
            Bestuurslaag.Waterschap => ("Waterschapsblad", "wsb"),
            _ => ("Staatscourant", "stcrt"),
        };
        var datum = opdracht.Delivery.Opdracht!.DatumBekendmaking!;
        var bekendmaking = new Bekendmaking(
            $"{prefix}-{datum[..4]}-{world.Bekendmakingen.NextNumber(prefix, datum[..4])}",
            besluit.OfficieleTitel ?? besluit.WorkId ?? besluit.FileName,
            besluit.WorkId ?? besluit.FileName,
            besluit.ExpressionId,
            blad,
            code == world.Profile.Municipality.Code ? world.Profile.Municipality.Name : code,
            datum);
        world.Bekendmakingen.Add(bekendmaking);
        return bekendmaking;
    }
}
