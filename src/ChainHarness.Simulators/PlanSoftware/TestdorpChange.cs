using System.Globalization;
using System.Security.Cryptography;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.PlanSoftware;

/// <summary>
/// Writes Testdorp's change (fixtures/testdorp/wijziging-dakkapellen) as a delivery ZIP: a
/// wijzigingsbesluit adding article 5.1 on dakkapellen to the omgevingsplan version Ozon shows,
/// a GIO with the werkingsgebied, the OW activity, location and annotation, and both manifests.
/// datumBekendmaking is tomorrow (F7: yesterday); under F6 the rule text is not annotated; under F8
/// the change is written against the plan software's own draft version, one the LVBB never received.
/// </summary>
internal static class TestdorpChange
{
    public static PlanDelivery Write(SimulatedWorld world, string idLevering)
    {
        var values = Values(world, idLevering);
        var gml = new DeliveryFile("dakkapellen.gml", FixtureTemplates.Render("dakkapellen.gml", values));
        values["GmlHash"] = Convert.ToHexStringLower(SHA512.HashData(gml.Content));
        var weak = world.Faults.IsActive(KnownFaults.F6);
        List<DeliveryFile> ow =
        [
            Render("owLocaties.xml", values),
            .. weak ? [] : new[] { Render("owActiviteiten.xml", values) },
            Render(weak ? "owRegelteksten-zonder-annotaties.xml" : "owRegelteksten.xml", values) with { Name = "owRegelteksten.xml" },
        ];
        List<DeliveryFile> files =
        [
            Render("opdracht.xml", values),
            Render("besluit-dakkapellen.xml", values),
            Render("gio-dakkapellen.xml", values),
            gml,
            .. ow,
            ManifestWriter.OwManifest(values["RegelingWork"], values["Doel"], ow),
        ];
        files.Add(ManifestWriter.Manifest(files));
        return new PlanDelivery($"{idLevering}.zip", DeliveryZip.Write(files), idLevering);
    }

    private static DeliveryFile Render(string template, IReadOnlyDictionary<string, string> values) =>
        new(template, FixtureTemplates.Render(template, values));

    private static Dictionary<string, string> Values(SimulatedWorld world, string idLevering)
    {
        var m = world.Profile.Municipality;
        var today = world.Today;
        var bekendmaking = world.Faults.IsActive(KnownFaults.F7) ? today.AddDays(-1) : today.AddDays(1);
        var work = TestdorpPlan.RegelingWork(m.Code);
        var current = world.OzonDocuments.FindRegeling(work) ?? TestdorpPlan.InForce(m);
        var basis = world.Faults.IsActive(KnownFaults.F8) ? current.Versie + 1 : current.Versie;
        var stamp = world.Time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var besluit = $"/akn/nl/bill/{m.Code}/{today.Year}/dakkapellen{stamp}";
        var gio = $"/join/id/regdata/{m.Code}/{today.Year}/dakkapellen{stamp}";
        return new Dictionary<string, string>
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
            ["BesluitWork"] = besluit,
            ["BesluitExpression"] = $"{besluit}/nld@{Date(today)}",
            ["Doel"] = $"/join/id/proces/{m.Code}/{today.Year}/dakkapellen{stamp}",
            ["GioWork"] = gio,
            ["GioExpression"] = $"{gio}/nld@{Date(today)};1",
            ["GeometrieId"] = Guid.NewGuid().ToString(),
            ["ActiviteitId"] = $"nl.imow-{m.Code}.activiteit.dakkapelbouwen",
            ["GebiedId"] = $"nl.imow-{m.Code}.gebied.dakkapellencentrum",
            ["RegelId"] = $"nl.imow-{m.Code}.juridischeregel.dakkapel51",
        };
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
