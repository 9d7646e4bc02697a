using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Steps.Step03PublicerenWijziging;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Tests.Steps.Step03PublicerenWijziging;

public sealed class PublicationAgreementTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Judge_PublishedAndPlanSoftwareAgrees_Passes()
    {
        var outcome = PublicationAgreement.Judge("lev-3", Published(), new(PlanPublicationState.Gepubliceerd, "Gepubliceerd"), TimeSpan.Zero);

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Passed));
        Assert.That(outcome.Summary, Does.Contain("gmb-2026-1").And.Contain("'Gepubliceerd'"));
    }

    [Test]
    public void Judge_PublishedButPlanSoftwareStillInBehandeling_FailsAsF4()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var outcome = PublicationAgreement.Judge("lev-3", Published(), new(PlanPublicationState.InBehandeling, "In behandeling"), TimeSpan.FromSeconds(2));

        Assert.That(outcome.Finding, Is.EqualTo("F4"));
        Assert.That(outcome.Cause, Does.Contain("after 2 s the plan software still shows 'In behandeling'"));
    }

    [Test]
    public void Judge_PublishedButPlanSoftwareReportsAnError_FailsAsF2()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var outcome = PublicationAgreement.Judge("lev-3", Published(), new(PlanPublicationState.Mislukt, "Fout bij publiceren"), TimeSpan.Zero);

        Assert.That(outcome.Finding, Is.EqualTo("F2"));
        Assert.That(outcome.Cause, Does.Contain("shows 'Fout bij publiceren'").And.Contain("the statuses disagree"));
    }

    [Test]
    public void Judge_RejectedButPlanSoftwareShowsPublished_FailsAsF2()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var rejected = new LvbbVerslag("lev-3", "publicatieOpdracht", VerslagStatus.Afgekeurd, At, At, [new("LVBB1501", MeldingErnst.Fout, "opdracht", "past")]);

        var outcome = PublicationAgreement.Judge("lev-3", new VerslagWait(true, rejected, TimeSpan.Zero), new(PlanPublicationState.Gepubliceerd, "Gepubliceerd"), TimeSpan.Zero);

        Assert.That(outcome.Finding, Is.EqualTo("F2"));
        Assert.That(outcome.Cause, Does.Contain("did not publish").And.Contain("LVBB1501"));
    }

    [Test]
    public void Judge_RejectedForTheChangeItself_FailsAsF8()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var rejected = new LvbbVerslag("lev-3", "publicatieOpdracht", VerslagStatus.Afgekeurd, At, At, [new("CHS-MUT-01", MeldingErnst.Fout, MeldingSoort.Mutatie, "changes version ;2, the LVBB holds ;1")]);

        var outcome = PublicationAgreement.Judge("lev-3", new VerslagWait(true, rejected, TimeSpan.Zero), new(PlanPublicationState.Afgekeurd, "Afgekeurd door de LVBB"), TimeSpan.Zero);

        Assert.That(outcome.Finding, Is.EqualTo("F8"));
        Assert.That(outcome.Cause, Does.Contain("did not publish").And.Contain("CHS-MUT-01"));
    }

    [Test]
    public void Judge_NoVerslagWhileTheLvbbSaysStillProcessing_FailsAsF9()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var wait = new VerslagWait(false, null, TimeSpan.FromSeconds(1)) { Last = new LastAnswer(404, "answered 404 Not Found: Opdracht lev-3 is still being processed", false, false) };

        var outcome = PublicationAgreement.Judge("lev-3", wait, null, TimeSpan.Zero);

        Assert.That(outcome.Finding, Is.EqualTo("F9"));
        Assert.That(outcome.Cause, Does.Contain("no verslag on publicatieOpdracht lev-3").And.Contain("still in processing"));
    }

    [TestCase(503, false, false, "out of order")]
    [TestCase(0, true, false, "could not be reached")]
    [TestCase(429, false, false, "rate limited")]
    [TestCase(404, false, true, "does not know")]
    public void Judge_NoVerslagForAnotherObservedReason_NotF9(int status, bool offline, bool unknown, string cause)
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var wait = new VerslagWait(false, null, TimeSpan.FromSeconds(1)) { Last = new LastAnswer(status, $"answered {status}", offline, unknown) };

        var outcome = PublicationAgreement.Judge("lev-3", wait, null, TimeSpan.Zero);

        Assert.That(outcome.Finding, Is.Null);
        Assert.That(outcome.Cause, Does.Contain(cause));
    }

    [Test]
    public void Judge_RejectedForWhatTheChangeWithdraws_FailsAsF5()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var rejected = Rejected("CHS-INT-01", "The besluit withdraws gm9999_1__art_2, but the delivery does not end nl.imow-gm9999.juridischeregel.art2.");

        var outcome = PublicationAgreement.Judge("lev-3", rejected, new(PlanPublicationState.Afgekeurd, "Afgekeurd"), TimeSpan.Zero, Withdrawing());

        Assert.That(outcome.Finding, Is.EqualTo("F5"));
        Assert.That(outcome.Cause, Does.Contain("CHS-INT-01").And.Contain("The change withdraws artikel 2 (Schutting) (intrekking): withdrawing went wrong between the plan software and the LVBB."));
    }

    [Test]
    public void Judge_WithdrawingChangeRejectedForSomethingElse_NoFinding()
    {
        var rejected = Rejected("CHS-MAN-02", "besluit.xml is not in manifest.xml.");

        var outcome = PublicationAgreement.Judge("lev-3", rejected, new(PlanPublicationState.Afgekeurd, "Afgekeurd"), TimeSpan.Zero, Withdrawing());

        Assert.That(outcome.Finding, Is.Null);
        Assert.That(outcome.Cause, Does.Not.Contain("intrekking"));
    }

    private static VerslagWait Rejected(string code, string beschrijving) =>
        new(true, new LvbbVerslag("lev-3", "publicatieOpdracht", VerslagStatus.Afgekeurd, At, At, [new(code, MeldingErnst.Fout, "OW", beschrijving)]), TimeSpan.Zero);

    private static ChangeContent Withdrawing() => new(
        [], [], [], [],
        [new TekstMutatie(MutatieActie.Verwijder, "/akn/nl/act/gm9999/2024/omgevingsplan", "gm9999_1__art_2", [new ArtikelTekst("gm9999_1__art_2", "2", "Schutting", "")])]);

    private static VerslagWait Published() => new(
        true,
        new LvbbVerslag("lev-3", "publicatieOpdracht", VerslagStatus.Gepubliceerd, At, At, [], new LvbbPublicatie("/akn/nl/bill/gm9999/2026/b1", null, null, "gmb-2026-1", "2026-03-03")),
        TimeSpan.Zero);
}
