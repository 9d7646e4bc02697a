using static ChainHarness.Simulators.Tests.Samenwerken.SwfScenario;

namespace ChainHarness.Simulators.Tests.Samenwerken;

public sealed class SwfActieverzoekTests
{
    private SwfScenario _swf = null!;

    [SetUp]
    public void StartSimulator() => _swf = new SwfScenario();

    [TearDown]
    public void StopSimulator() => _swf.Dispose();

    [Test]
    public async Task Afronden_ByAddressee_OpenBecomesGereedAndSenderIsNotified()
    {
        var (id, av) = await _swf.StartWithPartnerAsync("VT");

        var done = await _swf.Client(Waterschap).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_afronden", null);
        var notices = await _swf.Client(Gemeente).ListAsync("/notificaties", "notificaties");

        Assert.That(done.Text("status"), Is.EqualTo("GEREED"));
        Assert.That(notices.Select(n => (n["type"]!.GetValue<string>(), n["objectId"]?.GetValue<string>())), Does.Contain(("ACTIEVERZOEK_GEREED", av)));
    }

    [Test]
    public async Task Intrekken_BySender_OpenBecomesIngetrokken()
    {
        var (id, av) = await _swf.StartWithPartnerAsync("VT");

        var withdrawn = await _swf.Client(Gemeente).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_intrekken", null);

        Assert.That(withdrawn.Text("status"), Is.EqualTo("INGETROKKEN"));
    }

    [Test]
    public async Task Afronden_AfterIntrekken_Is409AndStaysIngetrokken()
    {
        var (id, av) = await _swf.StartWithPartnerAsync("VT");
        await _swf.Client(Gemeente).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_intrekken", null);

        var late = await _swf.Client(Waterschap).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_afronden", null);
        var now = await _swf.Client(Gemeente).GetAsync($"/samenwerkingen/{id}/actieverzoeken/{av}");

        Assert.That(late.Status, Is.EqualTo(409));
        Assert.That(now.Text("status"), Is.EqualTo("INGETROKKEN"));
    }

    [Test]
    public async Task Afronden_BySenderInsteadOfAddressee_Is403AndStaysOpen()
    {
        var (id, av) = await _swf.StartWithPartnerAsync("VT");

        var reply = await _swf.Client(Gemeente).PostAsync($"/samenwerkingen/{id}/actieverzoeken/{av}/_afronden", null);
        var now = await _swf.Client(Waterschap).GetAsync($"/samenwerkingen/{id}/actieverzoeken/{av}");

        Assert.That(reply.Status, Is.EqualTo(403));
        Assert.That(now.Text("status"), Is.EqualTo("OPEN"));
    }
}
