using System.Text.Json.Nodes;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests;

/// <summary>
/// The whole chain with every PKIoverheid simulator over TLS (<see cref="TlsChain"/>): the harness presents the
/// municipality's configured certificate, the simulated VTH systems, case handler and partner present test-CA
/// certificates for their own OIN, and the simulators see those OINs. The outcomes are those of the plain run.
/// </summary>
public sealed class LocalChainOverTlsTests
{
    [Test]
    public async Task RunAsync_LocalPartnersOverTls_AllFourteenStepsPass_AndAfhandelenSeesTheCertificatesOin()
    {
        var profile = FastProfiles.LocalPartners();
        var partner = profile.Collaboration!.Oin;
        var municipality = profile.Municipality.Oin;
        (int Status, string Body) outsider = (0, ""), addressed = (0, "");

        var result = await TlsChain.RunAsync(profile, async simulation =>
        {
            var afhandelen = simulation.Servers.Single(s => s.Name == DsoEndpoint.Afhandelen);
            var verzoeknummer = simulation.World.Verzoeken.All.Single(v => v.Verzoeknummer is not null).Verzoeknummer;
            outsider = await SamenvattingAsAsync(afhandelen.BaseUrl, verzoeknummer!, partner);
            addressed = await SamenvattingAsAsync(afhandelen.BaseUrl, verzoeknummer!, municipality);
        });

        Assert.That(result.Steps.Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed), ResultText.Describe(result));
        Assert.That(result.Steps.Select(s => s.Step), Is.EqualTo(KnownSteps.All));
        Assert.That(outsider.Status, Is.EqualTo(403), outsider.Body);
        Assert.That(outsider.Body, Does.Contain(partner), "Verzoek afhandelen names the OIN of the certificate it was shown");
        Assert.That(addressed.Status, Is.EqualTo(200), addressed.Body);
        Assert.That((string?)JsonNode.Parse(addressed.Body)?["uitvoerendeInstantie"]?["oin"], Is.EqualTo(municipality));
    }

    [TestCase("F16")]
    [TestCase("F19")]
    [TestCase("F20")]
    public async Task RunAsync_PartnerFaultOverTls_EveryStepEndsAsInThePlainRun(string fault)
    {
        // Two real-time runs compared: each step gets 8 s, so a loaded machine does not cut one of them short.
        var plain = await LocalChain.RunAsync(Roomy(FastProfiles.LocalPartners(fault)));
        var overTls = await TlsChain.RunAsync(Roomy(FastProfiles.LocalPartners(fault)));

        Assert.That(overTls.Steps.Select(Ending), Is.EqualTo(plain.Steps.Select(Ending)), ResultText.Describe(overTls));
        Assert.That(overTls.Steps.Any(s => s.Outcome.Finding == fault), Is.True, $"{fault} still shows: {ResultText.Describe(overTls)}");
    }

    private static ProfileOptions Roomy(ProfileOptions profile)
    {
        profile.Timing.StepDeadline = TimeSpan.FromSeconds(8);
        return profile;
    }

    private static string Ending(StepResult step) => $"{step.Step.Id}: {step.Outcome.Status} {step.Outcome.Finding}";

    private static async Task<(int, string)> SamenvattingAsAsync(Uri afhandelen, string verzoeknummer, string oin)
    {
        using var certificate = TlsChain.Ca.IssueClient(oin);
        using var http = TlsChain.Client(certificate);
        using var answer = await http.GetAsync(new Uri($"{afhandelen}/verzoeken/{verzoeknummer}/samenvatting"));
        return ((int)answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }
}
