using ChainHarness.Simulators.World;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Protocols;
using ChainHarness.Simulators.Tests.Rtr;
using System.IO.Compression;
using System.Net;
using System.Text;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps.Step07PublicerenToepasbareRegel;
using ChainHarness.Simulators.Aanleveren;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Rtr;
using ChainHarness.Simulators.RulesSoftware;

namespace ChainHarness.Simulators.Tests.Aanleveren;

/// <summary>One test per check of the simulated Toepasbare regels aanleveren, on deliveries made by the simulated rules software.</summary>
public sealed class AanleverenSimulatorTests
{
    private const string Activity = ExistingContent.BruidsschatActivityId;
    private SimulatorHost<AanleverenSimulator> _host = null!;
    private SimulatedRulesSoftware _software = null!;

    [SetUp]
    public void SetUp()
    {
        _host = SimulatorHost<AanleverenSimulator>.Start(w => new AanleverenSimulator(w));
        _software = new SimulatedRulesSoftware(_host.World);
    }

    [TearDown]
    public void TearDown() => _host.Dispose();

    [Test]
    public async Task Deliver_ValidRules_AcceptedAndStoredInTheRtrFromTheirBegindatum()
    {
        var delivery = await Delivery();

        var (status, answer) = await Send(AanleverenSoap.Request(delivery.IdLevering, delivery.Zip));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Accepted, Is.True);
        Assert.That(answer.IdLevering, Is.EqualTo(delivery.IdLevering));
        var stored = _host.World.Rtr.ValidOn(FunctioneleStructuurRef.For(Activity), SimulatorHost<AanleverenSimulator>.Today);
        Assert.That(stored.Select(r => r.Type), Is.EquivalentTo(new[] { RegelbeheerobjectType.Conclusie, RegelbeheerobjectType.Indieningsvereisten }));
        Assert.That(_host.World.Rtr.DmnFor(FunctioneleStructuurRef.For(Activity), RegelbeheerobjectType.Conclusie, SimulatorHost<AanleverenSimulator>.Today), Does.Contain("Conclusie dakkapel bouwen"));
        Assert.That(_host.World.Rtr.Werkzaamheden(SimulatorHost<AanleverenSimulator>.Today).Single().Naam, Is.EqualTo("Dakkapel plaatsen"));
    }

    [Test]
    public async Task Deliver_FutureBegindatum_AcceptedButNotValidBeforeThatDate()
    {
        _host.World.Faults.Enable(RulesFaults.FutureBegindatum);
        var delivery = await Delivery();

        var (_, answer) = await Send(AanleverenSoap.Request(delivery.IdLevering, delivery.Zip));

        Assert.That(answer.Accepted, Is.True);
        Assert.That(_host.World.Rtr.ValidOn(SimulatorHost<AanleverenSimulator>.Today).Delivered(), Is.Empty);
        Assert.That(_host.World.Rtr.ValidOn(delivery.GeldigBegindatum!.Value).Delivered(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Deliver_WrongSoapAction_FaultTra001()
    {
        var delivery = await Delivery();

        var (status, answer) = await Send(AanleverenSoap.Request(delivery.IdLevering, delivery.Zip), soapAction: "urn:iets-anders");

        Assert.That(status, Is.EqualTo(HttpStatusCode.InternalServerError), "SOAP 1.1 faults travel with HTTP 500");
        Assert.That(answer.FaultCode, Is.EqualTo("soap:Client"));
        AssertRefused(answer, "TRA-001", "SOAPAction");
    }

    [Test]
    public async Task Deliver_NotXml_FaultTra002() =>
        AssertRefused((await Send("dit is geen SOAP")).Answer, "TRA-002", "geen welgevormde XML");

    [Test]
    public async Task Deliver_BestandNotAZip_FaultTra003() =>
        AssertRefused((await Send(AanleverenSoap.Request("L1", Encoding.UTF8.GetBytes("geen zip")))).Answer, "TRA-003", "niet te lezen");

    [Test]
    public async Task Deliver_FileMissingFromTheManifest_FaultTra004()
    {
        var delivery = await Delivery();
        var zip = AddEntry(delivery.Zip, "extra.dmn", "<definitions/>");

        AssertRefused((await Send(AanleverenSoap.Request(delivery.IdLevering, zip))).Answer, "TRA-004", "extra.dmn zit in de ZIP maar niet in het manifest");
    }

    [Test]
    public async Task Deliver_ActivityTheRtrDoesNotKnow_FaultTra010()
    {
        var rules = await _software.MakeToepasbaarAsync("nl.imow-gm9999.activiteit.bestaatniet", CancellationToken.None);
        var delivery = await _software.PrepareDeliveryAsync(rules, CancellationToken.None);

        AssertRefused((await Send(AanleverenSoap.Request(delivery.IdLevering, delivery.Zip))).Answer, "TRA-010", "activiteit nl.imow-gm9999.activiteit.bestaatniet, die de RTR niet kent");
    }

    [Test]
    public async Task Deliver_LocationOzonDoesNotKnow_FaultTra011AndNothingStored()
    {
        _host.World.Faults.Enable(RulesFaults.LocationUnknownToOzon);
        var delivery = await Delivery();

        var (_, answer) = await Send(AanleverenSoap.Request(delivery.IdLevering, delivery.Zip));

        AssertRefused(answer, "TRA-011", "locatie nl.imow-gm9999.gebied.vervallenwerkingsgebied, die Ozon niet kent");
        Assert.That(_host.World.Rtr.RuleSets.Delivered(), Is.Empty);
    }

    [Test]
    public async Task Deliver_NoGeldigBegindatum_FaultTra012()
    {
        var rules = await _software.MakeToepasbaarAsync(Activity, CancellationToken.None);
        var opdracht = new AanleverOpdracht("L1", "00000001999999990000", [.. rules.Files.Select(f => new AanleverBestand(f.FileName, f.Type, null))], []);
        var zip = AanleverPakket.Write(opdracht, rules.Files.ToDictionary(f => f.FileName, f => f.Xml));

        AssertRefused((await Send(AanleverenSoap.Request("L1", zip))).Answer, "TRA-012", "heeft geen geldigBegindatum");
    }

    private Task<RulesDelivery> Delivery() =>
        _software.MakeToepasbaarAsync(Activity, CancellationToken.None).ContinueWith(t => _software.PrepareDeliveryAsync(t.Result, CancellationToken.None)).Unwrap();

    private async Task<(HttpStatusCode Status, AanleverenAntwoord Answer)> Send(string envelope, string soapAction = AanleverenSoap.SoapAction)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "") { Content = new StringContent(envelope, Encoding.UTF8, "text/xml") };
        request.Headers.Add("SOAPAction", $"\"{soapAction}\"");
        var response = await _host.Http.SendAsync(request);
        return (response.StatusCode, AanleverenSoap.ParseResponse(await response.Content.ReadAsStringAsync()));
    }

    private static void AssertRefused(AanleverenAntwoord answer, string code, string words)
    {
        Assert.That(answer.Accepted, Is.False);
        Assert.That(answer.Meldingen.Single().Code, Is.EqualTo(code));
        Assert.That(answer.Meldingen.Single().Beschrijving, Does.Contain(words));
    }

    private static byte[] AddEntry(byte[] zip, string name, string text)
    {
        using var buffer = new MemoryStream();
        buffer.Write(zip);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(text);
        }

        return buffer.ToArray();
    }
}
