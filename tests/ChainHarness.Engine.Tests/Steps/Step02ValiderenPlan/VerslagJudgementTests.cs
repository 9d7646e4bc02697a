using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Steps.Step02ValiderenPlan;

namespace ChainHarness.Engine.Tests.Steps.Step02ValiderenPlan;

public sealed class VerslagJudgementTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Validation_NoFouten_PassesCountingWarnings()
    {
        var verslag = Verslag(VerslagStatus.Gevalideerd, new LvbbMelding("CHS-OW-02", MeldingErnst.Waarschuwing, "OW", "other code"));

        var outcome = VerslagJudgement.Validation("lev-1", new VerslagWait(true, verslag, TimeSpan.Zero));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Passed));
        Assert.That(outcome.Summary, Does.Contain("1 waarschuwing"));
    }

    [Test]
    public void Validation_Fout_FailsNamingTheMeldingAsF7()
    {
        var verslag = Verslag(VerslagStatus.Afgekeurd, new LvbbMelding("LVBB1501", MeldingErnst.Fout, "opdracht", "datumBekendmaking 2026-03-01 lies in the past"));

        var outcome = VerslagJudgement.Validation("lev-1", new VerslagWait(true, verslag, TimeSpan.Zero));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(outcome.Cause, Does.Contain("LVBB1501 (fout): datumBekendmaking 2026-03-01 lies in the past"));
        Assert.That(outcome.Finding, Is.EqualTo("F7"));
    }

    [Test]
    public void Validation_FoutAboutTheChange_FailsAsF8SayingNothingNewCanShow()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var verslag = Verslag(
            VerslagStatus.Afgekeurd,
            new LvbbMelding("LVBB1501", MeldingErnst.Fout, "opdracht", "datumBekendmaking lies in the past"),
            new LvbbMelding("CHS-MUT-01", MeldingErnst.Fout, MeldingSoort.Mutatie, "the RegelingMutatie changes version ;2, but the LVBB holds version ;1"));

        var outcome = VerslagJudgement.Validation("lev-1", new VerslagWait(true, verslag, TimeSpan.Zero));

        Assert.That(outcome.Status, Is.EqualTo(StepStatus.Failed));
        Assert.That(outcome.Finding, Is.EqualTo("F8"));
        Assert.That(outcome.Cause, Does.Contain("CHS-MUT-01 (fout): the RegelingMutatie changes version ;2")
            .And.EndWith("The change does not fit the regeling as the LVBB holds it, so nothing new can show in the viewer."));
    }

    [Test]
    public void Validation_NoVerslag_FailsAsStuck()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // these causes are asserted in English
        var outcome = VerslagJudgement.Validation("lev-1", new VerslagWait(false, null, TimeSpan.FromSeconds(30)));

        Assert.That(outcome.Cause, Does.Contain("no verslag on validatieOpdracht lev-1 within 30 s"));
        Assert.That(outcome.Finding, Is.EqualTo("F9"));
    }

    private static LvbbVerslag Verslag(string status, params LvbbMelding[] meldingen) =>
        new("lev-1", "validatieOpdracht", status, At, At, meldingen);
}
