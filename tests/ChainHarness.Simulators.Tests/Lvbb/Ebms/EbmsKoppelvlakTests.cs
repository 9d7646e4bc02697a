using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing;
using ChainHarness.Testing.Contracts;
using static ChainHarness.Simulators.Tests.Lvbb.Ebms.EbmsBronhouder;

namespace ChainHarness.Simulators.Tests.Lvbb.Ebms;

/// <summary>
/// A delivery over Digikoppeling ebMS2 to the simulated LVBB by a client that shares no project code
/// (<see cref="RawEbms"/>): an Acknowledgment, then voortgang and uitkomst messages at the CPA's endpoint whose
/// verzoekresultaat validates against the official LVBB transport XSD (System.Xml.Schema, shared/reference).
/// </summary>
public sealed class EbmsKoppelvlakTests
{
    private const string Besluit = "Sanity-check-testeiland/1_Initieel_Besluit";

    [TestCase("1.3.0-ic")]
    [TestCase("1.2.0")]
    public async Task Publicatie_AcknowledgedThenVoortgangThenGepubliceerd_ValidAgainstTheOfficialXsd(string versie)
    {
        var folder = SharedReference.RequireFolder(Path.Combine("lvbb-test-deliveries", Besluit));
        using var run = Start(DayBefore(folder));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, versie);

        var (status, ack) = await SendAsync(run.Lvbb, "publicatieVerzoek", "lev-ebms-1", RawEbms.Zip(folder, "lev-ebms-1"), "msg-1@gm.test");
        run.Time.Advance(TestWorlds.LvbbDelay);
        var voortgang = await msh.NextAsync();
        var uitkomst = await msh.NextAsync();

        Assert.That(status, Is.EqualTo(200));
        Assert.That(Eb(ack, "Action"), Is.EqualTo("Acknowledgment"));
        Assert.That(Eb(ack, "RefToMessageId"), Is.EqualTo("msg-1@gm.test"));
        Assert.That(Eb(ack, "ConversationId"), Is.EqualTo("conv-lev-ebms-1"));
        Assert.That(Eb(XDocument.Parse(uitkomst[0]), "RefToMessageId"), Is.EqualTo("msg-1@gm.test"));
        Assert.That(Eb(XDocument.Parse(uitkomst[0]), "Action"), Is.EqualTo("publicatieVerzoekResultaat"));
        AssertOfficial(voortgang[1], versie);
        AssertOfficial(uitkomst[1], versie);
        Assert.That(Verslag(voortgang[1], "voortgang"), Is.EqualTo("validatie-voltooid"));
        Assert.That(Verslag(uitkomst[1], "uitkomst"), Is.EqualTo("gepubliceerd"), uitkomst[1]);
        Assert.That(XDocument.Parse(uitkomst[1]).Root!.Element(RawEbms.Lvbb + "uitkomst")!.Value, Is.EqualTo("succes"));
        Assert.That(XDocument.Parse(uitkomst[1]).Descendants(RawEbms.Lvbb + "melding"), Is.Not.Empty);
    }

    [Test]
    public async Task Publicatie_DatumBekendmakingInThePast_NietValideWithLvbb1501()
    {
        var folder = SharedReference.RequireFolder(Path.Combine("lvbb-test-deliveries", Besluit));
        using var run = Start(DayBefore(folder).AddDays(30));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, "1.3.0-ic");

        await SendAsync(run.Lvbb, "publicatieVerzoek", "lev-ebms-2", RawEbms.Zip(folder, "lev-ebms-2"), "msg-2@gm.test");
        run.Time.Advance(TestWorlds.LvbbDelay);
        await msh.NextAsync();
        var uitkomst = await msh.NextAsync();

        AssertOfficial(uitkomst[1], "1.3.0-ic");
        Assert.That(Verslag(uitkomst[1], "uitkomst"), Is.EqualTo("niet-valide"));
        Assert.That(XDocument.Parse(uitkomst[1]).Root!.Element(RawEbms.Lvbb + "uitkomst")!.Value, Is.EqualTo("mislukt"));
        Assert.That(uitkomst[1], Does.Contain("LVBB1501"));
    }

    [Test]
    public async Task BreekPublicatieAf_RealOpdrachtWithNothingPublished_BehandelingMisluktWithLvbb1551()
    {
        var folder = SharedReference.RequireFolder(Path.Combine("lvbb-test-deliveries", "Sanity-check-testeiland/8_Afbreken"));
        using var run = Start(new DateOnly(2026, 3, 2));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, "1.3.0-ic");

        var (status, ack) = await SendAsync(run.Lvbb, "breekPublicatieAfVerzoek", "lev-ebms-3", RawEbms.Zip(folder, "lev-ebms-3"), "msg-3@gm.test");
        run.Time.Advance(TestWorlds.LvbbDelay);
        var answer = await msh.NextAsync();

        Assert.That((status, Eb(ack, "Action")), Is.EqualTo((200, "Acknowledgment")));
        AssertOfficial(answer[1], "1.3.0-ic");
        var document = XDocument.Parse(answer[1]);
        Assert.That(document.Root!.Name.LocalName, Is.EqualTo("breekPublicatieAfVerzoekResultaat"));
        Assert.That(document.Root.Element(RawEbms.Lvbb + "uitkomst")!.Value, Is.EqualTo("mislukt"));
        Assert.That(Verslag(answer[1], "uitkomst"), Is.EqualTo("behandeling-mislukt"), answer[1]);
        Assert.That(document.Descendants().Where(e => e.Name.LocalName == "code").Select(e => e.Value), Does.Contain("LVBB1551"));
    }

    [Test]
    public async Task ManifestNamesAMissingPart_MessageErrorMimeProblem()
    {
        using var run = Start(new DateOnly(2026, 3, 2));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, "1.3.0-ic");
        var soap = RawEbms.Envelope(Bronhouder, "validatieVerzoek", "conv-x", "msg-x@gm.test", "verzoek@gm.test", "zip@gm.test");
        var (body, type) = RawEbms.Multipart(("soap@gm.test", "text/xml", Encoding.UTF8.GetBytes(soap)), ("verzoek@gm.test", "text/xml", Encoding.UTF8.GetBytes(RawEbms.Leveringsverzoek("validatieVerzoek", "x"))));

        var (status, answer) = await PostAsync(run.Lvbb, body, type);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(Eb(answer, "Action"), Is.EqualTo("MessageError"));
        Assert.That(answer.Descendants(RawEbms.Eb + "Error").Single().Attribute(RawEbms.Eb + "errorCode")!.Value, Is.EqualTo("MimeProblem"));
    }

    [Test]
    public async Task PartyWithoutCpa_MessageErrorValueNotRecognizedOnTheCpaId()
    {
        using var run = Start(new DateOnly(2026, 3, 2));

        var (_, answer) = await SendAsync(run.Lvbb, "validatieVerzoek", "lev-x", [1, 2, 3], "msg-y@gm.test");

        var error = answer.Descendants(RawEbms.Eb + "Error").Single();
        Assert.That(error.Attribute(RawEbms.Eb + "errorCode")!.Value, Is.EqualTo("ValueNotRecognized"));
        Assert.That(error.Attribute(RawEbms.Eb + "location")!.Value, Is.EqualTo("eb:CPAId"));
    }

    [Test]
    public async Task RevisieVerzoekFromA120Party_NotAServiceOfThatVersion()
    {
        using var run = Start(new DateOnly(2026, 3, 2));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, "1.2.0");

        var (_, answer) = await SendAsync(run.Lvbb, "revisieVerzoek", "lev-r", [1, 2, 3], "msg-r@gm.test");

        Assert.That(answer.Descendants(RawEbms.Eb + "Error").Single().Attribute(RawEbms.Eb + "errorCode")!.Value, Is.EqualTo("ValueNotRecognized"));
        Assert.That(answer.Descendants(RawEbms.Eb + "Description").Single().Value, Does.Contain("revisieVerzoek"));
    }

    [Test]
    public async Task ActionOtherThanTheLeveringsverzoek_MessageErrorInconsistent()
    {
        using var run = Start(new DateOnly(2026, 3, 2));
        using var msh = new BronhouderMsh();
        await RegisterAsync(run.Lvbb, msh, "1.3.0-ic");
        var soap = RawEbms.Envelope(Bronhouder, "publicatieVerzoek", "conv-a", "msg-a@gm.test", "verzoek@gm.test", "zip@gm.test");
        var (body, type) = RawEbms.Multipart(
            ("soap@gm.test", "text/xml", Encoding.UTF8.GetBytes(soap)),
            ("verzoek@gm.test", "text/xml", Encoding.UTF8.GetBytes(RawEbms.Leveringsverzoek("validatieVerzoek", "lev-a"))),
            ("zip@gm.test", "application/zip", [1, 2, 3]));

        var (_, answer) = await PostAsync(run.Lvbb, body, type);

        Assert.That(answer.Descendants(RawEbms.Eb + "Error").Single().Attribute(RawEbms.Eb + "errorCode")!.Value, Is.EqualTo("Inconsistent"));
    }

    private static DateOnly DayBefore(string folder) =>
        DateOnly.ParseExact(XDocument.Load(Path.Combine(folder, "opdracht.xml")).Root!.Element(RawEbms.Lvbb + "datumBekendmaking")!.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1);
}
