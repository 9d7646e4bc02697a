using System.Text;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Tests.Stop;

/// <summary>A small hand-written delivery (a rule with its activity and location) that tests take apart.</summary>
internal sealed class DeliveryBuilder
{
    private const string Ow = """xmlns:ow-dc="http://www.geostandaarden.nl/imow/bestanden/deelbestand" xmlns:sl="http://www.geostandaarden.nl/bestanden-ow/standlevering-generiek" xmlns:l="http://www.geostandaarden.nl/imow/locatie" xmlns:r="http://www.geostandaarden.nl/imow/regels" xmlns:rol="http://www.geostandaarden.nl/imow/regelsoplocatie" xmlns:xlink="http://www.w3.org/1999/xlink" """;

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal)
    {
        ["opdracht.xml"] = """<publicatieOpdracht xmlns="http://www.overheid.nl/2017/lvbb"><idLevering>lev-1</idLevering><idBevoegdGezag>00000001999999990000</idBevoegdGezag><idAanleveraar>00000001999999990000</idAanleveraar><publicatie>besluit.xml</publicatie><datumBekendmaking>2026-03-03</datumBekendmaking></publicatieOpdracht>""",
        ["manifest.xml"] = """<manifest xmlns="http://www.overheid.nl/2017/lvbb"><bestand><bestandsnaam>opdracht.xml</bestandsnaam><contentType>application/xml</contentType></bestand></manifest>""",
        ["besluit.xml"] = """
            <AanleveringBesluit xmlns="https://standaarden.overheid.nl/lvbb/stop/aanlevering/"><BesluitVersie>
              <ExpressionIdentificatie xmlns="https://standaarden.overheid.nl/stop/imop/data/"><FRBRWork>/akn/nl/bill/gm9999/2026/b1</FRBRWork><FRBRExpression>/akn/nl/bill/gm9999/2026/b1/nld@2026-03-02</FRBRExpression></ExpressionIdentificatie>
              <BesluitMetadata xmlns="https://standaarden.overheid.nl/stop/imop/data/"><officieleTitel>Wijziging dakkapellen</officieleTitel></BesluitMetadata>
              <ConsolidatieInformatie xmlns="https://standaarden.overheid.nl/stop/imop/data/"><BeoogdeRegelgeving><BeoogdeRegeling><doelen><doel>/join/id/proces/gm9999/2026/d1</doel></doelen><instrumentVersie>/akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-03-02;2</instrumentVersie></BeoogdeRegeling></BeoogdeRegelgeving></ConsolidatieInformatie>
            </BesluitVersie></AanleveringBesluit>
            """,
        ["gio.xml"] = """<AanleveringInformatieObject xmlns="https://standaarden.overheid.nl/lvbb/stop/aanlevering/"><InformatieObjectVersie><ExpressionIdentificatie xmlns="https://standaarden.overheid.nl/stop/imop/data/"><FRBRWork>/join/id/regdata/gm9999/2026/g</FRBRWork><FRBRExpression>/join/id/regdata/gm9999/2026/g/nld@2026-03-02;1</FRBRExpression></ExpressionIdentificatie><InformatieObjectVersieMetadata xmlns="https://standaarden.overheid.nl/stop/imop/data/"><heeftBestanden><heeftBestand><Bestand><bestandsnaam>g.gml</bestandsnaam></Bestand></heeftBestand></heeftBestanden></InformatieObjectVersieMetadata></InformatieObjectVersie></AanleveringInformatieObject>""",
        ["g.gml"] = """<geo:GeoInformatieObjectVaststelling xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/" xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0"><geo:vastgesteldeVersie><geo:GeoInformatieObjectVersie><geo:FRBRWork>/join/id/regdata/gm9999/2026/g</geo:FRBRWork><geo:locaties><geo:Locatie><geo:geometrie><basisgeo:Geometrie><basisgeo:id>geo-1</basisgeo:id></basisgeo:Geometrie></geo:geometrie></geo:Locatie></geo:locaties></geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie></geo:GeoInformatieObjectVaststelling>""",
        ["manifest-ow.xml"] = """<Aanleveringen xmlns="http://www.geostandaarden.nl/bestanden-ow/manifest-ow"><domein>omgevingswet</domein><Aanlevering><WorkIDRegeling>/akn/nl/act/gm9999/2024/omgevingsplan</WorkIDRegeling><DoelID>/join/id/proces/gm9999/2026/d1</DoelID><Bestand><naam>owRegels.xml</naam><objecttype>Regeltekst</objecttype></Bestand></Aanlevering></Aanleveringen>""",
        ["owRegels.xml"] = $"""
            <ow-dc:owBestand {Ow}><sl:standBestand>
              <sl:stand><ow-dc:owObject><rol:Activiteit><rol:identificatie>nl.imow-gm9999.activiteit.dakkapel</rol:identificatie><rol:naam>Dakkapel bouwen</rol:naam><rol:bovenliggendeActiviteit><rol:ActiviteitRef xlink:href="nl.imow-gm9999.activiteit.bouwen"/></rol:bovenliggendeActiviteit></rol:Activiteit></ow-dc:owObject></sl:stand>
              <sl:stand><ow-dc:owObject><l:Gebied><l:identificatie>nl.imow-gm9999.gebied.centrum</l:identificatie><l:noemer>Centrum</l:noemer><l:geometrie><l:GeometrieRef xlink:href="geo-1"/></l:geometrie></l:Gebied></ow-dc:owObject></sl:stand>
              <sl:stand><ow-dc:owObject><r:Regeltekst wId="gm9999_1__art_1"><r:identificatie>nl.imow-gm9999.regeltekst.art1</r:identificatie></r:Regeltekst></ow-dc:owObject></sl:stand>
              <sl:stand><ow-dc:owObject><r:RegelVoorIedereen><r:identificatie>nl.imow-gm9999.juridischeregel.art1</r:identificatie>
                <r:artikelOfLid><r:RegeltekstRef xlink:href="nl.imow-gm9999.regeltekst.art1"/></r:artikelOfLid>
                <r:locatieaanduiding><l:LocatieRef xlink:href="nl.imow-gm9999.gebied.centrum"/></r:locatieaanduiding>
                <r:activiteitaanduiding><rol:ActiviteitRef xlink:href="nl.imow-gm9999.activiteit.dakkapel"/>
                  <r:ActiviteitLocatieaanduiding><r:identificatie>nl.imow-gm9999.activiteitlocatieaanduiding.art1</r:identificatie><r:locatieaanduiding><l:LocatieRef xlink:href="nl.imow-gm9999.gebied.centrum"/></r:locatieaanduiding></r:ActiviteitLocatieaanduiding>
                </r:activiteitaanduiding></r:RegelVoorIedereen></ow-dc:owObject></sl:stand>
            </sl:standBestand></ow-dc:owBestand>
            """,
    };

    public DeliveryBuilder Edit(string file, Func<string, string> change)
    {
        _files[file] = change(_files[file]);
        return this;
    }

    public DeliveryBuilder Without(string file)
    {
        _files.Remove(file);
        return this;
    }

    public DeliveryBuilder With(string file, string content)
    {
        _files[file] = content;
        return this;
    }

    public byte[] Zip() => DeliveryZip.Write(Files());

    public StopDelivery Read() => StopDeliveryReader.Read(Files());

    private List<DeliveryFile> Files() => [.. _files.Select(f => new DeliveryFile(f.Key, Encoding.UTF8.GetBytes(f.Value)))];
}
