using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps.Step09aOntvangenAanvraag;

namespace ChainHarness.Engine.Tests.Steps.Step09aOntvangenAanvraag;

public sealed class ZaakVergelijkingTests
{
    internal static readonly IngediendeAanvraag Aanvraag = new(
        "2026060500001", new DateOnly(2026, 6, 5), "Project", "J. de Tester", new Postadres("Dorpsstraat", "12", "9999 AA", "Testdorp"),
        [new Antwoord("q1", "true"), new Antwoord("q2", "Voorkant")],
        [new IngediendDocument("t.txt", "Bouwtekening", false, 4, "aa"), new IngediendDocument("m.txt", "Machtiging", true, 5, "bb")]);

    [Test]
    public void Compare_CompleteZaak_NothingMissing()
    {
        var zaak = Zaak([new Antwoord("q1", "true"), new Antwoord("q2", "Voorkant")], [new ZaakBijlage("verzoek.pdf", false, 9, null), new ZaakBijlage("t.txt", false, 4, "aa"), new ZaakBijlage("m.txt", true, 5, "bb")]);

        Assert.That(ZaakVergelijking.OntbrekendeAntwoorden(zaak, Aanvraag), Is.Empty);
        Assert.That(ZaakVergelijking.OntbrekendeBijlagen(zaak, Aanvraag), Is.Empty);
    }

    [Test]
    public void Compare_ConfidentialAttachmentMissingAndAnswerChanged_BothNamed()
    {
        var zaak = Zaak([new Antwoord("q1", "false")], [new ZaakBijlage("t.txt", false, 4, "cc")]);

        Assert.That(ZaakVergelijking.OntbrekendeAntwoorden(zaak, Aanvraag).Select(p => p.English), Is.EqualTo(new[] { "the answer to q1 is 'false', but 'true' was submitted", "the answer to q2 is missing" }));
        Assert.That(ZaakVergelijking.OntbrekendeBijlagen(zaak, Aanvraag).Select(p => p.English), Is.EqualTo(new[] { "the attachment 't.txt' differs from the one submitted", "the attachment 'm.txt' (vertrouwelijk) is missing" }));
        Assert.That(ZaakVergelijking.OntbrekendeAntwoorden(zaak, Aanvraag).Select(p => p.Dutch), Is.EqualTo(new[] { "het antwoord op q1 is 'false', maar 'true' werd ingediend", "het antwoord op q2 ontbreekt" }));
    }

    private static VthZaak Zaak(IReadOnlyList<Antwoord> antwoorden, IReadOnlyList<ZaakBijlage> bijlagen) => new("ZAAK-1", "2026060500001", "Project", antwoorden, bijlagen);
}
