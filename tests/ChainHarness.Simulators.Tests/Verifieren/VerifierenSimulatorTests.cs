using ChainHarness.Simulators.Fixtures;
using ChainHarness.Simulators.Tests.Rtr;
using System.Net;
using System.Text;
using System.Text.Json;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.Verifieren;

namespace ChainHarness.Simulators.Tests.Verifieren;

public sealed class VerifierenSimulatorTests
{
    private SimulatorHost<VerifierenSimulator> _host = null!;

    [SetUp]
    public void SetUp() => _host = SimulatorHost<VerifierenSimulator>.Start(w => new VerifierenSimulator(w));

    [TearDown]
    public void TearDown() => _host.Dispose();

    [Test]
    public async Task PostVerificaties_ValidFile_AnswersGoedgekeurdWithoutMeldingen()
    {
        var response = await Post("verificaties?type=Conclusie&activiteit=nl.imow-gm9999.activiteit.bruidsschatdakkapel", RulesFixtures.Read("conclusie-dakkapel.dmn"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("resultaat").GetString(), Is.EqualTo("goedgekeurd"));
        Assert.That(body.GetProperty("meldingen").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task PostVerificaties_OtherActivity_AnswersAfgekeurdWithTheMelding()
    {
        var response = await Post("verificaties?activiteit=nl.imow-gm9999.activiteit.anders", RulesFixtures.Read("conclusie-dakkapel.dmn"));
        var melding = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("meldingen")[0];

        Assert.That(melding.GetProperty("code").GetString(), Is.EqualTo("TRV-007"));
        Assert.That(melding.GetProperty("ernst").GetString(), Is.EqualTo("fout"));
    }

    [TestCase("verificaties", "")]
    [TestCase("verificaties?type=Vergunning", "<x/>")]
    public async Task PostVerificaties_BadRequest_Answers400(string path, string body) =>
        Assert.That((await Post(path, body)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

    [Test]
    public async Task PostVerificaties_ApprovedFile_StoresNothing()
    {
        await Post("verificaties", RulesFixtures.Read("conclusie-dakkapel.dmn"));

        Assert.That(_host.World.Rtr.RuleSets.Delivered(), Is.Empty);
        Assert.That(_host.World.Rtr.Werkzaamheden(DateOnly.MaxValue), Is.Empty);
    }

    private Task<HttpResponseMessage> Post(string path, string xml) =>
        _host.Http.PostAsync(path, new StringContent(xml, Encoding.UTF8, "application/xml"));
}
