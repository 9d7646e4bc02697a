using System.Text;
using System.Text.RegularExpressions;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.PlanSoftware;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Simulators.World;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb;

/// <summary>
/// The simulated LVBB consolidates like the LVBB: an ontwerpbesluit is made known but is no version of the
/// regeling, so a later definitive wijzigingsbesluit written against the held version is accepted. Both
/// deliveries are the Testdorp change as the plan software writes it; the ontwerp is that besluit with
/// soortProcedure ontwerp and without tijdstempels (BHKV1004).
/// </summary>
public sealed class LvbbConsolidationTests
{
    [Test]
    public async Task Ontwerp_IsNotConsolidated_SoTheLaterDefinitiveWijzigingsbesluitIsAccepted()
    {
        var time = new FakeTimeProvider(TestWorlds.Now);
        using var lvbb = (LvbbSimulator)new LvbbSimulator(TestWorlds.Create(time)).Start();
        var world = lvbb.World;
        var regeling = TestdorpPlan.RegelingWork("gm9999");
        var held = world.OzonDocuments.FindRegeling(regeling)!;

        var ontwerp = await PublishAsync(lvbb, time, Ontwerp(world), "lev-ontwerp");

        Assert.That((string?)ontwerp!["status"], Is.EqualTo(VerslagStatus.Gepubliceerd), ontwerp.ToJsonString());
        Assert.That(world.Bekendmakingen.All, Has.Count.EqualTo(1), "the ontwerp is made known");
        Assert.That(world.OzonDocuments.FindRegeling(regeling), Is.EqualTo(held), "an ontwerp is no version of the regeling");
        Assert.That(world.Ozon.FindActivity("nl.imow-gm9999.activiteit.dakkapelbouwen"), Is.Null, "nor is it handed to Ozon as the regeling in force");

        var definitief = await PublishAsync(lvbb, time, DeliveryZip.Write(DeliveryEdits.Testdorp(world)), "lev-definitief");

        Assert.That((string?)definitief!["status"], Is.EqualTo(VerslagStatus.Gepubliceerd), definitief.ToJsonString());
        Assert.That(world.OzonDocuments.FindRegeling(regeling)!.Versie, Is.EqualTo(held.Versie + 1));
        Assert.That(world.Ozon.FindActivity("nl.imow-gm9999.activiteit.dakkapelbouwen"), Is.Not.Null);
        Assert.That(world.Bekendmakingen.All, Has.Count.EqualTo(2));
    }

    private static byte[] Ontwerp(SimulatedWorld world)
    {
        var files = DeliveryEdits.Testdorp(world);
        var besluit = files.Single(f => Encoding.UTF8.GetString(f.Content).Contains("AanleveringBesluit", StringComparison.Ordinal)).Name;
        return DeliveryZip.Write(files.Edit(besluit, xml => Regex.Replace(
            xml.Replace("proceduretype_definitief", "proceduretype_ontwerp", StringComparison.Ordinal),
            @"\s*<Tijdstempels>.*?</Tijdstempels>", "", RegexOptions.Singleline)));
    }

    private static async Task<System.Text.Json.Nodes.JsonNode?> PublishAsync(LvbbSimulator lvbb, FakeTimeProvider time, byte[] zip, string idLevering)
    {
        var (status, body, _) = await SimHttp.PostZipAsync(new Uri($"{lvbb.BaseUrl}/opdrachten"), OpdrachtRewriter.Rewrite(zip, LvbbOpdrachtSoort.Publicatie, idLevering));
        Assert.That(status, Is.EqualTo(202), body?.ToJsonString());
        time.Advance(TestWorlds.LvbbDelay);
        return (await SimHttp.GetAsync(new Uri($"{lvbb.BaseUrl}/opdrachten/{idLevering}/verslag"))).Body;
    }
}
