using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Bekendmakingen;
using ChainHarness.Simulators.World;
using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.Lvbb;

/// <summary>
/// What the simulated LVBB does on a valid publicatieOpdracht: consolidate the regeling (its new
/// version), hand activities, locations and annotations to Ozon, and the publication to
/// officielebekendmakingen.nl.
/// </summary>
internal static class LvbbPublisher
{
    public static LvbbPublicatie Publish(SimulatedWorld world, LvbbOpdracht opdracht)
    {
        var delivery = opdracht.Delivery;
        var besluit = delivery.Besluit!;
        var regeling = delivery.OwManifest?.WorkIdRegeling ?? besluit.RegelingWorkIds.FirstOrDefault();
        var expression = besluit.RegelingExpressionIds.FirstOrDefault(e => AknIds.WorkOf(e) == regeling);
        if (regeling is not null)
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
    }

    private static void HandToOzon(SimulatedWorld world, StopDelivery delivery, string regeling)
    {
        var geometries = GmlGeometryReader.Read(delivery);
        foreach (var gebied in delivery.ObjectsOfType("Gebied").Where(g => g.Id is not null))
        {
            var reference = gebied.References.FirstOrDefault(r => r.Kind == "GeometrieRef")?.Target;
            if (reference is not null && geometries.TryGetValue(reference, out var geometry))
            {
                world.Ozon.Add(new PublishedLocation(gebied.Id!, gebied.Naam ?? gebied.Id!, geometry));
            }
        }

        foreach (var groep in delivery.ObjectsOfType("Gebiedengroep").Where(g => g.Id is not null))
        {
            var members = groep.References.Select(r => world.Ozon.FindLocation(r.Target)?.Geometry).OfType<Geometry>().ToList();
            if (members.Count > 0)
            {
                world.Ozon.Add(new PublishedLocation(groep.Id!, groep.Naam ?? groep.Id!, members.Aggregate((a, b) => a.Union(b))));
            }
        }

        var rules = delivery.Rules;
        foreach (var activiteit in delivery.ObjectsOfType("Activiteit").Where(a => a.Id is not null))
        {
            var locations = rules.Where(r => r.ActivityIds.Contains(activiteit.Id!)).SelectMany(r => r.LocationIds).Distinct().ToList();
            world.Ozon.Add(new PublishedActivity(activiteit.Id!, activiteit.Naam ?? activiteit.Id!, OwId.TryParse(activiteit.Id, out var id) ? id!.BevoegdGezag : "?", locations, regeling));
        }

        foreach (var rule in rules)
        {
            var wId = rule.RegeltekstId is { } tekst ? delivery.FindObject(tekst)?.WId : null;
            world.OzonDocuments.Put(new OzonRegelAnnotatie(rule.Id, rule.Type, regeling, rule.RegeltekstId, wId, rule.ActivityIds, rule.LocationIds));
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
            $"{prefix}-{datum[..4]}-{world.Lvbb.NextBekendmaking()}",
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
