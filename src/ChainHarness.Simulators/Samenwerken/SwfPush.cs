using System.Net.Http.Json;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Samenwerken;

/// <summary>
/// The simulated SWF pushing a notification (HTTP POST, in the background) to a party that gave
/// its own system's URL (<see cref="SwfState.Subscribe"/>). The body is the notification as the
/// inbox shows it (our design): <c>{notificatieId, type, samenwerkingId, verzoeknummer, objectId, tijdstip}</c>.
/// </summary>
internal static class SwfPush
{
    public static void Attach(SwfState swf) => swf.Pushing += (notificatie, endpoint) => SimulatorHttp.RunInBackground(
        async () =>
        {
            var body = new
            {
                notificatieId = notificatie.Id,
                notificatie.Type,
                notificatie.SamenwerkingId,
                notificatie.Verzoeknummer,
                notificatie.ObjectId,
                notificatie.Tijdstip,
            };
            using var response = await SimulatorHttp.Client.PostAsJsonAsync(endpoint, body, SimResponse.JsonOptions).ConfigureAwait(false);
        },
        _ => { });
}
