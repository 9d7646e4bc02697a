using static ChainHarness.Simulators.Tests.Samenwerken.SwfScenario;

namespace ChainHarness.Simulators.Tests.Samenwerken;

public sealed class SwfActieverzoekTests : SwfFixture
{
    [Test]
    public async Task Afronden_ByAddressee_OpenBecomesGereedAndSenderIsNotified()
    {
        var (id, av) = await Swf.StartWithPartnerAsync("VT");

        var done = await Swf.Client(Waterschap).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_afronden", null);
        var notices = await Swf.Client(Gemeente).ListAsync("/notificaties", "notificaties");

        Assert.That(done.Text("status"), Is.EqualTo("GEREED"));
        Assert.That(notices.Select(n => (n["type"]!.GetValue<string>(), n["objectId"]?.GetValue<string>())), Does.Contain(("ACTIEVERZOEK_GEREED", av)));
    }

    [Test]
    public async Task Intrekken_BySender_OpenBecomesIngetrokken()
    {
        var (id, av) = await Swf.StartWithPartnerAsync("VT");

        var withdrawn = await Swf.Client(Gemeente).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_intrekken", null);

        Assert.That(withdrawn.Text("status"), Is.EqualTo("INGETROKKEN"));
    }

    [Test]
    public async Task Afronden_AfterIntrekken_Is409AndStaysIngetrokken()
    {
        var (id, av) = await Swf.StartWithPartnerAsync("VT");
        await Swf.Client(Gemeente).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_intrekken", null);

        var late = await Swf.Client(Waterschap).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_afronden", null);
        var now = await Swf.Client(Gemeente).GetAsync($"/samenwerkingen/{id}/actieverzoeken/{av}");

        Assert.That(late.Status, Is.EqualTo(409));
        Assert.That(now.Text("status"), Is.EqualTo("INGETROKKEN"));
    }

    [Test]
    public async Task Afronden_BySenderInsteadOfAddressee_Is403AndStaysOpen()
    {
        var (id, av) = await Swf.StartWithPartnerAsync("VT");

        var reply = await Swf.Client(Gemeente).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_afronden", null);
        var now = await Swf.Client(Waterschap).GetAsync($"/samenwerkingen/{id}/actieverzoeken/{av}");

        Assert.That(reply.Status, Is.EqualTo(403));
        Assert.That(now.Text("status"), Is.EqualTo("OPEN"));
    }
}
