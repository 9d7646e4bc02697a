using ChainHarness.Engine.Steps.Step01WijzigenOmgevingsplan;
using ChainHarness.Engine.Stop;
using ChainHarness.Engine.Tests.Stop;

namespace ChainHarness.Engine.Tests.Steps.Step01WijzigenOmgevingsplan;

public sealed class ChangeInspectionTests
{
    [Test]
    public void Inspect_CompleteChange_CapturesRuleActivityLocationAndRegeling()
    {
        var inspection = new ChangeInspection(new DeliveryBuilder().Read());

        Assert.That(inspection.Complete, Is.True, string.Join("; ", inspection.Missing) + inspection.WeakAnnotation);
        Assert.That(inspection.Rule!.Id, Is.EqualTo("nl.imow-gm9999.juridischeregel.art1"));
        Assert.That(inspection.ActivityId, Is.EqualTo("nl.imow-gm9999.activiteit.dakkapel"));
        Assert.That(inspection.LocationId, Is.EqualTo("nl.imow-gm9999.gebied.centrum"));
        Assert.That(inspection.RegelingWorkId, Is.EqualTo("/akn/nl/act/gm9999/2024/omgevingsplan"));
        Assert.That(inspection.RegelingExpressionId, Is.EqualTo("/akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-03-02;2"));
        Assert.That(inspection.BesluitWorkId, Is.EqualTo("/akn/nl/bill/gm9999/2026/b1"));
    }

    [Test]
    public void Inspect_RuleTextWithoutJuridischeRegel_IsWeakAnnotation()
    {
        var delivery = new DeliveryBuilder().Edit("owRegels.xml", x => x[..x.IndexOf("<sl:stand><ow-dc:owObject><r:RegelVoorIedereen>", StringComparison.Ordinal)] + "</sl:standBestand></ow-dc:owBestand>").Read();

        var inspection = new ChangeInspection(delivery);

        Assert.That(inspection.Missing, Is.Empty);
        Assert.That(inspection.WeakAnnotation?.English, Does.Contain("1 rule text(s) but no juridische regel"));
        Assert.That(inspection.WeakAnnotation?.Dutch, Does.Contain("1 regeltekst(en) maar geen juridische regel"));
    }

    [Test]
    public void Inspect_RuleWhoseActivityIsNotDelivered_NamesWhatTheRuleLacks()
    {
        var delivery = new DeliveryBuilder().Edit("owRegels.xml", x => x.Replace("<rol:ActiviteitRef xlink:href=\"nl.imow-gm9999.activiteit.dakkapel\"/>", "<rol:ActiviteitRef xlink:href=\"nl.imow-gm9999.activiteit.elders\"/>")).Read();

        var inspection = new ChangeInspection(delivery);

        Assert.That(inspection.WeakAnnotation?.English, Is.EqualTo("juridische regel nl.imow-gm9999.juridischeregel.art1 has no activity (Activiteit) defined in the delivery"));
        Assert.That(inspection.WeakAnnotation?.Dutch, Is.EqualTo("juridische regel nl.imow-gm9999.juridischeregel.art1 heeft geen activiteit (Activiteit) die in de levering is gedefinieerd"));
    }

    [TestCase("gio.xml", "no GIO")]
    [TestCase("g.gml", "no GIO")]
    [TestCase("manifest.xml", "no manifest.xml")]
    [TestCase("manifest-ow.xml", "no manifest-ow.xml")]
    [TestCase("besluit.xml", "no besluit")]
    [TestCase("opdracht.xml", "no opdracht.xml")]
    [TestCase("owRegels.xml", "no OW files")]
    public void Inspect_PartMissing_SaysWhich(string file, string expected)
    {
        var inspection = new ChangeInspection(new DeliveryBuilder().Without(file).Read());

        Assert.That(inspection.Complete, Is.False);
        Assert.That(inspection.Missing.Select(m => m.English), Has.Some.Contains(expected));
        Assert.That(inspection.Missing.Select(m => m.Dutch), Has.Some.Contains(expected.Replace("no ", "geen ", StringComparison.Ordinal).Replace("OW files", "OW-bestanden", StringComparison.Ordinal)));
    }
}
