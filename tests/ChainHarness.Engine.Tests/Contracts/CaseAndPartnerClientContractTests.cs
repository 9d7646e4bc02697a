using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps.Step06VerifierenToepasbareRegel;
using ChainHarness.Engine.Steps.Step10AanvraagNaarBehandeldienst;
using ChainHarness.Engine.Steps.Step11Samenwerking;
using RestSharp;

namespace ChainHarness.Engine.Tests.Contracts;

/// <summary>
/// The requests of step 6 (Regels verifiëren v2) step 10 (Behandeldienstconfiguraties v1) and step 11 (the Samenwerkfunctionaliteit v4), sent through
/// the real <c>ApiClient</c> to a recording handler, fit contracts/regels-verifieren and contracts/samenwerken.
/// </summary>
public sealed class CaseAndPartnerClientContractTests
{
    private const string Oin = "00000001999999990000";
    private const string Activity = "nl.imow-gm9999.activiteit.dakkapelbouwen";

    private const string Dmn13 = """
        <dmn:definitions xmlns:dmn="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="Conclusie" namespace="urn:x">
          <dmn:decision id="conclusie" name="Conclusie"/>
        </dmn:definitions>
        """;

    [TestCase(RegelbeheerobjectType.Conclusie)]
    [TestCase(RegelbeheerobjectType.Indieningsvereisten)]
    public async Task Verifieren_Verificaties_FitsTheContract(RegelbeheerobjectType type) =>
        await AssertFits("regels-verifieren", "verificaties", VerificatieVerzoek.For(Dmn13, type, Activity));

    [Test]
    public async Task Verifieren_AFileWithoutDecision_WouldNotFit_SoTheCheckCanFail()
    {
        var problems = await ClientRequestContractTests.Problems(
            "regels-verifieren", "verificaties", VerificatieVerzoek.For("""<dmn:definitions xmlns:dmn="https://www.omg.org/spec/DMN/20191111/MODEL/"/>""", RegelbeheerobjectType.Conclusie, Activity));

        Assert.That(problems, Has.Some.Contains("decision"));
    }

    [Test]
    public async Task Swf_Samenwerking_FitsTheContract() =>
        await AssertFits("samenwerken", "samenwerking", SwfRequests.Get(SwfRequests.Samenwerking("SAM-66497"), Oin));

    [TestCase("deelnemers")]
    [TestCase("documenten")]
    public async Task Swf_Lists_FitTheContract(string list) =>
        await AssertFits("samenwerken", list, SwfRequests.Get($"{SwfRequests.Samenwerking("SAM-1")}/{list}", Oin));

    [Test]
    public async Task Swf_Actieverzoek_FitsTheContract() =>
        await AssertFits("samenwerken", "actieverzoek", SwfRequests.Get(SwfRequests.Actieverzoek("SAM-1", "AV-2"), Oin));

    [Test]
    public async Task Swf_WithoutTheActingOin_WouldNotFit_SoTheCheckCanFail()
    {
        var problems = await ClientRequestContractTests.Problems("samenwerken", "samenwerking", new RestRequest(SwfRequests.Samenwerking("SAM-1")));

        Assert.That(problems, Has.Some.Contains("X-Client-Oin"));
    }

    [Test]
    public async Task Behandeldienstconfiguraties_Lijst_FitsTheContract() =>
        await AssertFits("behandeldienstconfiguraties", "lijst", GeconfigureerdeRouting.Lijst(Oin));

    [Test]
    public async Task Lvbb_Verslag_FitsTheContract() =>
        await AssertFits("lvbb", "http-verslag", LvbbVerslagen.VerslagRequest("TST-2026-0001"));

    [Test]
    public async Task Lvbb_AnIdLeveringOver80Characters_WouldNotFit_SoTheCheckCanFail()
    {
        var problems = await ClientRequestContractTests.Problems("lvbb", "http-verslag", LvbbVerslagen.VerslagRequest(new string('x', 81)));

        Assert.That(problems, Has.Some.Contains("idLevering"));
    }

    private static async Task AssertFits(string service, string operation, RestRequest request)
    {
        var problems = await ClientRequestContractTests.Problems(service, operation, request);
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }
}
