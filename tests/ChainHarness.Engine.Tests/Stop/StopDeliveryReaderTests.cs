using System.Text;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Tests.Stop;

public sealed class StopDeliveryReaderTests
{
    [Test]
    public void TryRead_Zip_ReadsOpdrachtBesluitManifestsGioAndOwObjects()
    {
        var delivery = StopDeliveryReader.TryRead(new DeliveryBuilder().Zip(), out var error)!;

        Assert.That(error, Is.Null);
        Assert.That(delivery.Opdracht, Is.EqualTo(new OpdrachtInfo(
            "publicatieOpdracht", "http://www.overheid.nl/2017/lvbb", "lev-1", "00000001999999990000", "00000001999999990000", "besluit.xml", "2026-03-03")));
        Assert.That(delivery.Besluit!.WorkId, Is.EqualTo("/akn/nl/bill/gm9999/2026/b1"));
        Assert.That(delivery.Besluit.RegelingWorkIds, Is.EqualTo(new[] { "/akn/nl/act/gm9999/2024/omgevingsplan" }));
        Assert.That(delivery.Besluit.RegelingExpressionIds, Is.EqualTo(new[] { "/akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-03-02;2" }));
        Assert.That(delivery.Manifest!.Select(m => m.Bestandsnaam), Is.EqualTo(new[] { "opdracht.xml" }));
        Assert.That(delivery.OwManifest!.WorkIdRegeling, Is.EqualTo("/akn/nl/act/gm9999/2024/omgevingsplan"));
        Assert.That(delivery.Gios.Single().GmlFiles, Is.EqualTo(new[] { "g.gml" }));
        Assert.That(delivery.Gmls.Single().GeometryIds, Is.EqualTo(new[] { "geo-1" }));
        Assert.That(delivery.OwObjects.Select(o => o.Type), Is.EqualTo(new[] { "Activiteit", "Gebied", "Regeltekst", "RegelVoorIedereen" }));
    }

    [Test]
    public void Rules_JuridischeRegel_GivesItsRuleTextActivityAndLocationButNotTheParentActivity()
    {
        var delivery = new DeliveryBuilder().Read();

        var rule = delivery.Rules.Single();

        Assert.That(rule.RegeltekstId, Is.EqualTo("nl.imow-gm9999.regeltekst.art1"));
        Assert.That(rule.ActivityIds, Is.EqualTo(new[] { "nl.imow-gm9999.activiteit.dakkapel" }));
        Assert.That(rule.LocationIds, Is.EqualTo(new[] { "nl.imow-gm9999.gebied.centrum" }));
        Assert.That(delivery.FindObject(rule.Id)!.NestedIds, Is.EqualTo(new[] { "nl.imow-gm9999.activiteitlocatieaanduiding.art1" }));
    }

    [Test]
    public void Read_DirecteMutatieWhoseFileIsARegelingMutatie_ReadsItsVersionAndText()
    {
        var opdracht = """
            <directeMutatieOpdracht xmlns="http://www.overheid.nl/2017/lvbb"><idLevering>dm-1</idLevering><idBevoegdGezag>00000001999999990000</idBevoegdGezag>
            <idAanleveraar>00000001999999990000</idAanleveraar><directeMutatie>dm.xml</directeMutatie></directeMutatieOpdracht>
            """;
        var mutatie = """
            <RegelingMutatie xmlns="https://standaarden.overheid.nl/stop/imop/tekst/" was="/akn/nl/act/gm9999/2024/omgevingsplan/nld@2024-01-01;1" wordt="/akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-03-02;2">
              <Vervang wat="gm9999_1__art_1"><Artikel wId="gm9999_1__art_1"><Kop><Nummer>1</Nummer></Kop><Al>Nieuw.</Al></Artikel></Vervang>
            </RegelingMutatie>
            """;

        var delivery = StopDeliveryReader.Read([new DeliveryFile("opdracht.xml", Encoding.UTF8.GetBytes(opdracht)), new DeliveryFile("dm.xml", Encoding.UTF8.GetBytes(mutatie))]);

        Assert.That((delivery.Opdracht!.Soort, delivery.Opdracht.DirecteMutatie, delivery.Opdracht.Publicatie), Is.EqualTo((LvbbOpdrachtSoort.DirecteMutatie, "dm.xml", (string?)null)));
        Assert.That(delivery.DirecteMutatie!.RegelingExpressionIds, Is.EqualTo(new[] { "/akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-03-02;2" }));
        Assert.That(delivery.DirecteMutatie.Mutaties.Single().Artikelen.Single().Tekst, Is.EqualTo("Nieuw."));
    }

    [Test]
    public void Read_BreekPublicatieAf_ReadsTheIdentificatie()
    {
        var opdracht = """<breekPublicatieAfOpdracht xmlns="http://www.overheid.nl/2017/lvbb"><idLevering>a-1</idLevering><identificatie>/akn/nl/bill/gm9999/2026/b1</identificatie></breekPublicatieAfOpdracht>""";

        var delivery = StopDeliveryReader.Read([new DeliveryFile("opdracht.xml", Encoding.UTF8.GetBytes(opdracht))]);

        Assert.That(delivery.Opdracht!.Identificatie, Is.EqualTo("/akn/nl/bill/gm9999/2026/b1"));
        Assert.That(delivery.DirecteMutatie, Is.Null);
    }

    [Test]
    public void TryRead_NotAZip_NullWithTheReason()
    {
        var delivery = StopDeliveryReader.TryRead(Encoding.UTF8.GetBytes("not a zip"), out var error);

        Assert.That(delivery, Is.Null);
        Assert.That(error, Does.Contain("not a readable ZIP"));
    }

    [Test]
    public void Read_FileWithEntityDeclaration_IsUnreadableNotExpanded()
    {
        // Given a "billion laughs" style DTD: it must never be processed.
        var bomb = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><manifest xmlns="http://www.overheid.nl/2017/lvbb">&b;</manifest>""";

        var delivery = new DeliveryBuilder().With("manifest.xml", bomb).Read();

        Assert.That(delivery.Manifest, Is.Null);
        Assert.That(delivery.Unreadable["manifest.xml"], Does.Contain("DTD"));
    }

    [Test]
    public void Read_BrokenXml_NamesTheFileAndKeepsTheRest()
    {
        var delivery = new DeliveryBuilder().Edit("owRegels.xml", x => x[..200]).Read();

        Assert.That(delivery.Unreadable.Keys, Is.EqualTo(new[] { "owRegels.xml" }));
        Assert.That(delivery.OwObjects, Is.Empty);
        Assert.That(delivery.Besluit, Is.Not.Null);
    }
}
