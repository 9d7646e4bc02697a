using ChainHarness.Engine.Steps.Step04bBekijkenViewer;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Tests.Steps.Step04bBekijkenViewer;

/// <summary>Step 4b's look at the whole change: every rule it delivered, none it ended, the new text, nothing it withdrew.</summary>
public sealed class ChangeInOzonTests
{
    private const string Regeling = "/akn/nl/act/gm9999/2024/omgevingsplan";
    private static readonly OwRule Rule51 = new("nl.imow-gm9999.juridischeregel.dakkapel51", "RegelVoorIedereen", "nl.imow-gm9999.regeltekst.dakkapel51", ["nl.imow-gm9999.activiteit.dakkapelbouwen"], ["nl.imow-gm9999.gebied.centrum"]);
    private static readonly ArtikelTekst NewText = new("gm9999_1__chp_5__art_5.1", "5.1", "Dakkapel bouwen", "Niet hoger dan 1,50 meter.");
    private static readonly TekstMutatie Withdrawal = new(MutatieActie.Verwijder, Regeling, "gm9999_1__chp_5__art_5.3", [new("gm9999_1__chp_5__art_5.3", "5.3", "Erfafscheiding bouwen", "")]);

    private static readonly ChangeContent Change = new(
        [Rule51],
        ["nl.imow-gm9999.activiteit.dakkapelbouwen"],
        ["nl.imow-gm9999.gebied.centrum"],
        [new OwObject("owRegelteksten.xml", "RegelVoorIedereen", "nl.imow-gm9999.juridischeregel.erfafscheiding53", null, null, [], []) { Status = OwObject.StatusBeeindigen }],
        [new TekstMutatie(MutatieActie.Vervang, Regeling, NewText.WId, [NewText]), Withdrawal]);

    private static readonly OzonAnnotation Shown51 = new(Rule51.Id, Regeling, Rule51.ActivityIds, Rule51.LocationIds);

    [Test]
    public void Problems_OzonShowsTheChangeAsDelivered_None() =>
        Assert.That(ChangeInOzon.Problems(Change, [Shown51], [new(NewText.WId, NewText.Tekst), new("gm9999_1__chp_5__art_5.2", "Ongewijzigd.")]), Is.Empty);

    [Test]
    public void Problems_EndedRuleAndWithdrawnArticleStillShown_NamesBoth()
    {
        var problems = ChangeInOzon.Problems(
            Change,
            [Shown51, new("nl.imow-gm9999.juridischeregel.erfafscheiding53", Regeling, [], [])],
            [new(NewText.WId, NewText.Tekst), new("gm9999_1__chp_5__art_5.3", "Erfafscheidingen.")]);

        Assert.That(problems.Select(p => p.English), Is.EqualTo(new[]
        {
            "juridische regel nl.imow-gm9999.juridischeregel.erfafscheiding53, which the change ends, still shows",
            "artikel 5.3 (Erfafscheiding bouwen), which the change withdraws, still shows in the text",
        }));
    }

    [Test]
    public void Problems_OldTextAndRuleWithoutItsLocation_NamesWhatDiffers()
    {
        var problems = ChangeInOzon.Problems(Change, [Shown51 with { LocationIds = [] }], [new(NewText.WId, "Niet hoger dan 1,75 meter.")]);

        Assert.That(problems.Select(p => p.English), Is.EqualTo(new[]
        {
            "juridische regel nl.imow-gm9999.juridischeregel.dakkapel51 shows without nl.imow-gm9999.gebied.centrum",
            "artikel 5.1 (Dakkapel bouwen) shows 'Niet hoger dan 1,75 meter.' instead of the new text 'Niet hoger dan 1,50 meter.'",
        }));
    }

    [Test]
    public void Problems_RuleAndArticleMissing_NamesBoth() =>
        Assert.That(ChangeInOzon.Problems(Change, [], []).Select(p => p.English), Is.EqualTo(new[]
        {
            "juridische regel nl.imow-gm9999.juridischeregel.dakkapel51 is missing",
            "artikel 5.1 (Dakkapel bouwen) (wId gm9999_1__chp_5__art_5.1) is missing from the text",
        }));

    [Test]
    public void Problems_InDutch_SayTheSameInTheRoomsLanguage() =>
        Assert.That(ChangeInOzon.Problems(Change, [], []).Select(p => p.Dutch), Is.EqualTo(new[]
        {
            "juridische regel nl.imow-gm9999.juridischeregel.dakkapel51 ontbreekt",
            "artikel 5.1 (Dakkapel bouwen) (wId gm9999_1__chp_5__art_5.1) ontbreekt in de tekst",
        }));
}
