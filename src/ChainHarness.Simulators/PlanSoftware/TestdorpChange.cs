using System.Globalization;
using System.Security.Cryptography;
using ChainHarness.Engine.Iterations;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Fixtures;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.PlanSoftware;

/// <summary>
/// Writes Testdorp's change as a delivery ZIP from the templates of the run's iteration (by default
/// fixtures/testdorp/wijziging-dakkapellen: a wijzigingsbesluit adding article 5.1 on dakkapellen to the
/// omgevingsplan version Ozon shows, a GIO with the werkingsgebied, the OW activity, location and
/// annotation), and both manifests. datumBekendmaking is the day after <c>today</c> (F7: the day
/// before); under F6 the rule text is not annotated; under F8 the change is written against the plan
/// software's own draft version, one the LVBB never received.
/// </summary>
internal static class TestdorpChange
{
    private static readonly FaultSet NoFaults = new();

    /// <summary>The change of the run's iteration, today, with the run's faults.</summary>
    public static PlanDelivery Write(SimulatedWorld world, string idLevering) =>
        Write(world, IterationPacks.For(world.Profile.Iteration).Plan, idLevering, world.Faults, world.Today);

    /// <summary>
    /// A sample export for outside plan software (<c>GET /__world/voorbeelden/plan-levering</c>): the run's
    /// iteration's change today, against the plan version the world holds now, without faults.
    /// </summary>
    public static PlanDelivery WriteSample(SimulatedWorld world)
    {
        var id = $"{world.Profile.Municipality.Code}-voorbeeld-{world.Time.GetUtcNow():yyyyMMddHHmmssfff}";
        return Write(world, IterationPacks.For(world.Profile.Iteration).Plan, id, NoFaults, world.Today);
    }

    /// <summary>The change an earlier iteration published on <paramref name="today"/>, as it was then (no faults).</summary>
    public static PlanDelivery WriteEarlier(SimulatedWorld world, PlanTemplates plan, string idLevering, DateOnly today) =>
        Write(world, plan, idLevering, NoFaults, today);

    private static PlanDelivery Write(SimulatedWorld world, PlanTemplates plan, string idLevering, FaultSet faults, DateOnly today)
    {
        var values = Values(world, plan, idLevering, faults, today);
        List<DeliveryFile> gios = [.. plan.Gios.SelectMany((gio, i) => Gio(plan, gio, i == 0, values))];
        var weak = faults.IsActive(PlanFaults.F6);
        List<DeliveryFile> ow =
        [
            .. plan.Ow.Where(o => !(weak && o.AlleenMetAnnotaties))
                .Select(o => Render(plan, weak && o.ZonderAnnotaties is { } zonder ? zonder : o.Bestand, values) with { Name = FileName(o.Bestand) }),
        ];
        List<DeliveryFile> files =
        [
            Render(plan, plan.Opdracht, values),
            Render(plan, plan.Besluit, values),
            .. gios,
            .. ow,
            ManifestWriter.OwManifest(values["RegelingWork"], values["Doel"], ow),
        ];
        files.Add(ManifestWriter.Manifest(files));
        return new PlanDelivery($"{idLevering}.zip", DeliveryZip.Write(files), idLevering);
    }

    /// <summary>A GIO's information object and GML; the GML first, since the information object carries its hash.</summary>
    private static IEnumerable<DeliveryFile> Gio(PlanTemplates plan, GioTemplate gio, bool first, Dictionary<string, string> values)
    {
        var gml = Render(plan, gio.Gml, values);
        var hash = Convert.ToHexStringLower(SHA512.HashData(gml.Content));
        values[$"GmlHash_{gio.Naam}"] = hash;
        if (first)
        {
            values["GmlHash"] = hash;
        }

        return [Render(plan, gio.Gio, values), gml];
    }

    private static DeliveryFile Render(PlanTemplates plan, string template, IReadOnlyDictionary<string, string> values) =>
        new(FileName(template), FixtureTemplates.Render(FixtureFiles.Combine(plan.Map, template), values));

    private static string FileName(string template) => template[(template.LastIndexOf('/') + 1)..];

    private static Dictionary<string, string> Values(SimulatedWorld world, PlanTemplates plan, string idLevering, FaultSet faults, DateOnly today)
    {
        var m = world.Profile.Municipality;
        var bekendmaking = faults.IsActive(PlanFaults.F7) ? today.AddDays(-1) : today.AddDays(1);
        var work = TestdorpPlan.RegelingWork(m.Code);
        var current = world.OzonDocuments.FindRegeling(work) ?? TestdorpPlan.InForce(m);
        var basis = faults.IsActive(PlanFaults.F8) ? current.Versie + 1 : current.Versie;
        var stamp = world.Time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var besluit = $"/akn/nl/bill/{m.Code}/{today.Year}/{plan.Naam}{stamp}";
        var values = new Dictionary<string, string>
        {
            ["Code"] = m.Code,
            ["Naam"] = m.Name,
            ["Oin"] = m.Oin,
            ["Tooi"] = $"/tooi/id/{Bestuurslaag.Of(m.Code)}/{m.Code}",
            ["IdLevering"] = idLevering,
            ["LeveringsId"] = idLevering,
            ["DatumBekendmaking"] = Date(bekendmaking),
            ["Vandaag"] = Date(today),
            ["InWerking"] = Date(bekendmaking.AddDays(1)),
            ["RegelingWork"] = work,
            ["RegelingWas"] = basis == current.Versie ? current.ExpressionId : $"{work}/nld@{Date(today)};{basis}",
            ["RegelingWordt"] = $"{work}/nld@{Date(today)};{basis + 1}",
            ["RegelingVersienummer"] = (basis + 1).ToString(CultureInfo.InvariantCulture),
            ["BesluitWork"] = besluit,
            ["BesluitExpression"] = $"{besluit}/nld@{Date(today)}",
            ["Publicatie"] = FileName(plan.Besluit),
            ["Doel"] = $"/join/id/proces/{m.Code}/{today.Year}/{plan.Naam}{stamp}",
            ["ActiviteitId"] = $"nl.imow-{m.Code}.activiteit.dakkapelbouwen",
            ["GebiedId"] = $"nl.imow-{m.Code}.gebied.dakkapellencentrum",
            ["RegelId"] = $"nl.imow-{m.Code}.juridischeregel.dakkapel51",
        };
        for (var i = 0; i < plan.Gios.Count; i++)
        {
            AddGio(values, plan.Gios[i], i == 0, $"/join/id/regdata/{m.Code}/{today.Year}/{plan.Gios[i].Naam}{stamp}", today);
        }

        return values;
    }

    private static void AddGio(Dictionary<string, string> values, GioTemplate gio, bool first, string gioWork, DateOnly today)
    {
        var expression = $"{gioWork}/nld@{Date(today)};1";
        values[$"GioWork_{gio.Naam}"] = gioWork;
        values[$"GioExpression_{gio.Naam}"] = expression;
        var geometries = gio.Geometrieen.Count > 0 ? gio.Geometrieen : [gio.Naam];
        foreach (var geometry in geometries)
        {
            values[$"GeometrieId_{geometry}"] = Guid.NewGuid().ToString();
        }

        if (first)
        {
            values["GioWork"] = gioWork;
            values["GioExpression"] = expression;
            values["GeometrieId"] = values[$"GeometrieId_{geometries[0]}"];
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
