using ChainHarness.Simulators.Samenwerken;
using static ChainHarness.Simulators.Tests.Samenwerken.SwfScenario;

namespace ChainHarness.Simulators.Tests.Samenwerken;

public sealed class SamenwerkenSimulatorTests : SwfFixture
{
    [TestCase("VT", new[] { "Situatietekening.pdf", "Constructieberekening.pdf" })]
    [TestCase("BT", new[] { "Situatietekening.pdf" })]
    public async Task Documenten_PartnerPrivilege_VtSeesSvAndRvBtSeesOnlyRv(string privilege, string[] expected)
    {
        // Given a samenwerking with one RV and one SV document, and a partner with the privilege
        var (id, _) = await StartWithPartnerAsync(privilege);

        // When the partner lists the documents
        var seen = await Client(Waterschap).ListAsync($"/samenwerkingen/{id}/documenten", "documenten");

        // Then it sees exactly what its privilege allows
        Assert.That(seen.Select(d => d["naam"]!.GetValue<string>()), Is.EqualTo(expected));
    }

    [Test]
    public async Task Document_SvDocumentFetchedWithPrivilegeBt_Is403()
    {
        var (id, _) = await StartWithPartnerAsync("BT");

        var reply = await Client(Waterschap).GetAsync($"/samenwerkingen/{id}/documenten/DOC-2");

        Assert.That(reply.Status, Is.EqualTo(403));
        Assert.That(reply.Problem, Does.Contain("SV").And.Contain("VT"));
    }

    [TestCase("")]
    [TestCase("/deelnemers")]
    [TestCase("/documenten")]
    [TestCase("/documenten/DOC-1")]
    public async Task Get_PartyNotInSamenwerking_Is403(string resource)
    {
        var (id, _) = await StartWithPartnerAsync("VT");

        var reply = await Client(Buitenstaander).GetAsync($"/samenwerkingen/{id}{resource}");

        Assert.That(reply.Status, Is.EqualTo(403));
        Assert.That(reply.Problem, Does.Contain(Buitenstaander));
    }

    [Test]
    public async Task GetActieverzoeken_PartyNotInSamenwerking_Is403()
    {
        var (id, _) = await StartWithPartnerAsync("VT");

        var reply = await Client(Buitenstaander).GetAsync($"/actieverzoeken?samenwerkingId={id}");

        Assert.That(reply.Status, Is.EqualTo(403));
        Assert.That(reply.Problem, Does.Contain(Buitenstaander));
    }

    [Test]
    public async Task Get_NoPkioIdentity_Is401()
    {
        var (id, _) = await StartWithPartnerAsync("VT");

        var reply = await Swf.Client("not-an-oin").GetAsync($"/samenwerkingen/{id}");

        Assert.That(reply.Status, Is.EqualTo(401));
    }

    [Test]
    public async Task Start_VerzoeknummerNotThirteenDigits_Is400NamingTheField()
    {
        var reply = await Client(Gemeente).PostAsync("/samenwerkingen", new { verzoeknummer = "123", samenwerkVorm = "Advies" });

        Assert.That(reply.Status, Is.EqualTo(400));
        Assert.That(reply.Body!["invalidParams"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("verzoeknummer"));
    }

    [Test]
    public async Task Stoppen_ByOwner_StatusGeslotenAndNoMoreChanges()
    {
        var (id, _) = await StartWithPartnerAsync("VT");

        var stopped = await Client(Gemeente).PostAsync($"/samenwerkingen/{id}/_stoppen", null);
        var share = await Client(Gemeente).PostAsync($"/samenwerkingen/{id}/documenten", new { naam = "Laat.pdf", vertrouwelijkheid = "RV" });

        Assert.That(stopped.Text("status"), Is.EqualTo("GESLOTEN"));
        Assert.That(share.Status, Is.EqualTo(409));
    }

    [Test]
    public async Task Stoppen_ByPartner_Is403()
    {
        var (id, _) = await StartWithPartnerAsync("VT");

        var reply = await Client(Waterschap).PostAsync($"/samenwerkingen/{id}/_stoppen", null);

        Assert.That(reply.Status, Is.EqualTo(403));
    }

    private SwfClient Client(string oin) => Swf.Client(oin);

    private Task<(string SamenwerkingId, string ActieverzoekId)> StartWithPartnerAsync(string privilege) => Swf.StartWithPartnerAsync(privilege);
}
