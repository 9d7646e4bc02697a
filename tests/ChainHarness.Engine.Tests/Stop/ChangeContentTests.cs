using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Tests.Stop;

/// <summary>What a change carries: current rules, what it ends (status beëindigen) and what its besluit replaces and withdraws.</summary>
public sealed class ChangeContentTests
{
    private const string Ow = "xmlns:ow=\"http://www.geostandaarden.nl/imow/owobject\" xmlns:op=\"http://www.geostandaarden.nl/imow/opobject\" ";

    private const string Mutatie = """
        <BesluitCompact xmlns="https://standaarden.overheid.nl/stop/imop/tekst/"><WijzigBijlage><RegelingMutatie was="/akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-01-01;1" wordt="/akn/nl/act/gm9999/2024/omgevingsplan/nld@2026-03-02;2">
          <Vervang wat="gm9999_1__art_1"><Artikel wId="gm9999_1__art_1"><Kop><Label>Artikel</Label><Nummer>1</Nummer><Opschrift>Dakkapel</Opschrift></Kop><Lid><Inhoud><Al>Ten hoogste   1,50
            meter.</Al></Inhoud></Lid></Artikel></Vervang>
          <Verwijder wat="gm9999_1__art_2"><Artikel wId="gm9999_1__art_2"><Kop><Label>Artikel</Label><Nummer>2</Nummer><Opschrift>Schutting</Opschrift></Kop></Artikel></Verwijder>
        </RegelingMutatie></WijzigBijlage></BesluitCompact></BesluitVersie>
        """;

    private const string Ended = """
        <sl:stand><ow-dc:owObject><r:Regeltekst wId="gm9999_1__art_2"><op:status>beëindigen</op:status><r:identificatie>nl.imow-gm9999.regeltekst.art2</r:identificatie></r:Regeltekst></ow-dc:owObject></sl:stand>
        <sl:stand><ow-dc:owObject><r:RegelVoorIedereen><ow:status>beëindigen</ow:status><r:identificatie>nl.imow-gm9999.juridischeregel.art2</r:identificatie><r:artikelOfLid><r:RegeltekstRef xlink:href="nl.imow-gm9999.regeltekst.art2"/></r:artikelOfLid></r:RegelVoorIedereen></ow-dc:owObject></sl:stand>
        </sl:standBestand>
        """;

    [Test]
    public void From_ReplacingAndWithdrawingChange_ReadsItsMutationsAndWhatItEnds()
    {
        var change = ChangeContent.From(Withdrawing(Ended).Read());

        Assert.That(change.Rules.Select(r => r.Id), Is.EqualTo(new[] { "nl.imow-gm9999.juridischeregel.art1" }), "an ended rule is not current");
        Assert.That(change.EndedRuleIds, Is.EqualTo(new[] { "nl.imow-gm9999.juridischeregel.art2" }));
        Assert.That(change.ReplacedArticles.Single(), Is.EqualTo(new ArtikelTekst("gm9999_1__art_1", "1", "Dakkapel", "Ten hoogste 1,50 meter.")));
        Assert.That(change.Withdrawals.Single().Label, Is.EqualTo("artikel 2 (Schutting)"));
        Assert.That(change.Withdrawals.Single().RegelingWorkId, Is.EqualTo("/akn/nl/act/gm9999/2024/omgevingsplan"));
        Assert.That(change.WithdrawalNames, Is.EquivalentTo(new[] { "nl.imow-gm9999.regeltekst.art2", "nl.imow-gm9999.juridischeregel.art2", "gm9999_1__art_2" }));
        Assert.That(change.UnendedWithdrawals(Withdrawing(Ended).Read()), Is.Empty);
    }

    [Test]
    public void UnendedWithdrawals_RuleTextOfTheWithdrawnArticleStillCurrent_NamesIt()
    {
        var delivery = Withdrawing(Ended.Replace("<op:status>beëindigen</op:status>", "", StringComparison.Ordinal)).Read();

        var problems = ChangeContent.From(delivery).UnendedWithdrawals(delivery);

        Assert.That(problems.Single().English, Is.EqualTo("it withdraws artikel 2 (Schutting) (wId gm9999_1__art_2) but delivers its rule text nl.imow-gm9999.regeltekst.art2 as current instead of ending it (status beëindigen)"));
    }

    [Test]
    public void UnendedWithdrawals_NoRuleTextOfTheWithdrawnArticleInOw_SaysSo()
    {
        var delivery = Withdrawing("</sl:standBestand>").Read();

        Assert.That(ChangeContent.From(delivery).UnendedWithdrawals(delivery).Single().English, Does.EndWith("but ends no rule text (Regeltekst) of it in OW"));
        Assert.That(ChangeContent.From(delivery).UnendedWithdrawals(delivery).Single().Dutch, Does.EndWith("maar beëindigt geen regeltekst (Regeltekst) ervan in OW"));
    }

    private static DeliveryBuilder Withdrawing(string endedObjects) => new DeliveryBuilder()
        .Edit("besluit.xml", x => x.Replace("</BesluitVersie>", Mutatie, StringComparison.Ordinal))
        .Edit("owRegels.xml", x => x.Replace("<ow-dc:owBestand ", "<ow-dc:owBestand " + Ow, StringComparison.Ordinal).Replace("</sl:standBestand>", endedObjects, StringComparison.Ordinal));
}
