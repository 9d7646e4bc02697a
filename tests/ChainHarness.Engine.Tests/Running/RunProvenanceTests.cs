using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Tests.Running;

public sealed class RunProvenanceTests
{
    [Test]
    public void Of_DefaultProfile_FullySimulatedEveryPart()
    {
        var provenance = RunProvenance.Of(new ProfileOptions());

        Assert.That(provenance.FullySimulated, Is.True);
        Assert.That(provenance.SummaryDutch, Is.EqualTo("volledig gesimuleerd"));
        Assert.That(provenance.SummaryEnglish, Is.EqualTo("fully simulated"));
        Assert.That(provenance.ForStep("3").Select(p => p.Dutch), Is.EqualTo(new[] { "PlanSoftware: gesimuleerd", "Lvbb: gesimuleerd" }));
    }

    [Test]
    public void Of_EveryEndpointLiveAndOwnPlanSoftware_PreProductieWithYourOwnPlanSoftware()
    {
        var profile = new ProfileOptions();
        profile.Drivers["PlanSoftware"] = new DriverOptions { Mode = DriverMode.Http };
        foreach (var name in new[] { DsoEndpoint.Lvbb, DsoEndpoint.Ozon, DsoEndpoint.Bekendmakingen, DsoEndpoint.Rtr, DsoEndpoint.Verifieren, DsoEndpoint.Aanleveren, DsoEndpoint.Uitvoeren, DsoEndpoint.Indienen, DsoEndpoint.Afhandelen, DsoEndpoint.Samenwerken })
        {
            profile.Endpoints[name] = new EndpointOptions { Mode = EndpointMode.Live, BaseUrl = "https://pre.example.test" };
        }

        var provenance = RunProvenance.Of(profile);

        Assert.That(provenance.SummaryDutch, Is.EqualTo("tegen pre-productie met uw eigen plansoftware"));
        Assert.That(provenance.SummaryEnglish, Is.EqualTo("against pre-production with your own plan software"));
        Assert.That(provenance.ForStep("3").Select(p => p.English), Is.EqualTo(new[] { "PlanSoftware: real (own software)", "Lvbb: real (pre-production)" }));
    }

    [Test]
    public void Of_OnlyOzonReplayed_PartlyRealNamesIt()
    {
        var profile = new ProfileOptions();
        profile.Endpoints[DsoEndpoint.Ozon] = new EndpointOptions { Mode = EndpointMode.Replay };

        var provenance = RunProvenance.Of(profile);

        Assert.That(provenance.FullySimulated, Is.False);
        Assert.That(provenance.SummaryDutch, Is.EqualTo("deels echt: Ozon: opname; de rest gesimuleerd"));
    }

    [Test]
    public void Verdict_ClosedAndFullySimulated_SaysSoInBothLanguages()
    {
        var result = new ChainResult("local", "gm9999", "Testdorp", DateTimeOffset.UnixEpoch, TimeSpan.Zero, [], false) { Provenance = RunProvenance.Of(new ProfileOptions()) };

        Assert.That(result.VerdictDutch, Is.EqualTo("De keten is gesloten — volledig gesimuleerd."));
        Assert.That(result.VerdictEnglish, Is.EqualTo("The chain is closed — fully simulated."));
    }
}
