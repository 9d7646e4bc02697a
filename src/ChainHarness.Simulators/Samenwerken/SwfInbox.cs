namespace ChainHarness.Simulators.Samenwerken;

/// <summary>Pulls a party's SWF notifications and deletes each it took, as a receiving system does.</summary>
internal static class SwfInbox
{
    public static async Task<IReadOnlyList<SwfNotice>> PullAsync(SwfClient swf, CancellationToken cancellationToken)
    {
        var taken = new List<SwfNotice>();
        foreach (var item in await swf.ListAsync("/notificaties", "notificaties", cancellationToken))
        {
            var notice = new SwfNotice(
                item["notificatieId"]!.GetValue<string>(),
                item["type"]!.GetValue<string>(),
                item["samenwerkingId"]!.GetValue<string>(),
                item["verzoeknummer"]!.GetValue<string>(),
                item["objectId"]?.GetValue<string>());
            await swf.DeleteAsync($"/notificaties/{notice.Id}", cancellationToken);
            taken.Add(notice);
        }

        return taken;
    }
}
