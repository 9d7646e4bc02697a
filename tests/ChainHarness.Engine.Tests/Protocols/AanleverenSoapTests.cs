using System.Xml.Linq;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Steps.Step07PublicerenToepasbareRegel;

namespace ChainHarness.Engine.Tests.Protocols;

public sealed class AanleverenSoapTests
{
    private static readonly XNamespace Tr = AanleverenSoap.ServiceNamespace;

    [Test]
    public void Request_CarriesTheIdAndTheZipInBase64()
    {
        var envelope = XDocument.Parse(AanleverenSoap.Request("L1", [1, 2, 3]));

        var body = envelope.Root!.Element(XName.Get("Body", AanleverenSoap.EnvelopeNamespace))!.Element(Tr + AanleverenSoap.Operation)!;
        Assert.That((string?)body.Element(Tr + "idLevering"), Is.EqualTo("L1"));
        Assert.That(Convert.FromBase64String((string)body.Element(Tr + "bestand")!), Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [Test]
    public void ParseResponse_Accepted_GivesTheIdLevering()
    {
        var answer = AanleverenSoap.ParseResponse(AanleverenSoap.Envelope(new XElement(Tr + "aanleverenToepasbareRegelsResponse", new XElement(Tr + "idLevering", "L1"))).ToString());

        Assert.That(answer.Accepted, Is.True);
        Assert.That(answer.IdLevering, Is.EqualTo("L1"));
    }

    [Test]
    public void ParseResponse_Fault_GivesEveryMelding()
    {
        var fault = new XElement(XName.Get("Fault", AanleverenSoap.EnvelopeNamespace),
            new XElement("faultcode", "soap:Client"),
            new XElement("faultstring", "geweigerd"),
            new XElement("detail", new XElement(Tr + "meldingen", new XElement(Tr + "melding", new XElement(Tr + "code", "TRA-011"), new XElement(Tr + "beschrijving", "locatie onbekend")))));

        var answer = AanleverenSoap.ParseResponse(AanleverenSoap.Envelope(fault).ToString());

        Assert.That(answer.Accepted, Is.False);
        Assert.That(answer.FaultCode, Is.EqualTo("soap:Client"));
        Assert.That(answer.Meldingen.Single(), Is.EqualTo(new AanleverenMelding("TRA-011", "locatie onbekend")));
    }

    [TestCase("")]
    [TestCase("<html><body>Bad gateway</body></html>")]
    public void ParseResponse_NotSoap_IsRefusedAsUnreadable(string body)
    {
        var answer = AanleverenSoap.ParseResponse(body);

        Assert.That(answer.Accepted, Is.False);
        Assert.That(answer.FaultString, Does.StartWith("the answer is not"));
    }
}
