using static ChainHarness.Simulators.Tests.Samenwerken.SwfScenario;

namespace ChainHarness.Simulators.Tests.Samenwerken;

public sealed class SwfNotificatieTests : SwfFixture
{
    [Test]
    public async Task Notificaties_PulledThenDeleted_AreGone()
    {
        // Given the partner was invited, got documents and an actieverzoek
        await Swf.StartWithPartnerAsync("VT");
        var partner = Swf.Client(Waterschap);

        // When it pulls its notifications and deletes each
        var pulled = await partner.ListAsync("/notificaties", "notificaties");
        foreach (var n in pulled)
        {
            await partner.DeleteAsync($"/notificaties/{n["notificatieId"]!.GetValue<string>()}");
        }

        // Then they were there once, in order, and are gone now
        Assert.That(pulled.Select(n => n["type"]!.GetValue<string>()), Is.EqualTo(new[] { "UITNODIGING", "DOCUMENT_GEDEELD", "DOCUMENT_GEDEELD", "ACTIEVERZOEK" }));
        Assert.That(await partner.ListAsync("/notificaties", "notificaties"), Is.Empty);
    }

    [Test]
    public async Task Notificaties_PartnerWithBt_GetsNoNoticeOfAnSvDocument()
    {
        await Swf.StartWithPartnerAsync("BT");

        var pulled = await Swf.Client(Waterschap).ListAsync("/notificaties", "notificaties");

        Assert.That(pulled.Count(n => n["type"]!.GetValue<string>() == "DOCUMENT_GEDEELD"), Is.EqualTo(1));
    }

    [Test]
    public async Task Delete_NotificatieOfAnotherParty_Is404AndItStays()
    {
        await Swf.StartWithPartnerAsync("VT");
        var theirs = (await Swf.Client(Waterschap).ListAsync("/notificaties", "notificaties"))[0]["notificatieId"]!.GetValue<string>();

        var reply = await Swf.Client(Buitenstaander).DeleteAsync($"/notificaties/{theirs}");

        Assert.That(reply.Status, Is.EqualTo(404));
        Assert.That(Swf.World.Swf.Notificaties(Waterschap).Select(n => n.Id), Does.Contain(theirs));
    }
}
