using System.Text;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Stam;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Afhandelen;

/// <summary>
/// The simulated DSO pushing a verzoeknotificatie (HTTP POST) to every party a verzoek is addressed
/// to, at the endpoint that party subscribed (<see cref="VerzoekenState.Subscribe"/>). In the
/// background, as the DSO does; every attempt is recorded. The body is the verzoeknotificatie XML of
/// <see cref="VerzoekNotificatieXml"/> (root and verzoeknummer SEEN, namespace and the other fields GUESS).
/// </summary>
public sealed class VerzoekNotificaties(SimulatedWorld world, Func<Uri> afhandelenBaseUrl)
{
    public void Push(Verzoek verzoek, string doel)
    {
        foreach (var deel in verzoek.Delen)
        {
            var oin = deel.UitvoerendeInstantie.Oin;
            var endpoint = world.Verzoeken.NotificatieEndpoint(oin);
            if (endpoint is null)
            {
                Record(verzoek, doel, oin, null, null, "no notification endpoint is configured for this party");
                continue;
            }

            var body = VerzoekNotificatieXml.Write(
                verzoek.Verzoeknummer!,
                doel,
                verzoek.BevoegdGezag,
                deel.UitvoerendeInstantie,
                new Uri($"{afhandelenBaseUrl().ToString().TrimEnd('/')}/verzoeken/{verzoek.Verzoeknummer}"),
                world.Time.GetUtcNow());
            SimulatorHttp.RunInBackground(
                async () =>
                {
                    using var content = new StringContent(body, Encoding.UTF8, VerzoekNotificatieXml.ContentType);
                    using var response = await SimulatorHttp.Client.PostAsync(endpoint, content).ConfigureAwait(false);
                    Record(verzoek, doel, oin, endpoint, (int)response.StatusCode, null);
                },
                ex => Record(verzoek, doel, oin, endpoint, null, ex.Message));
        }
    }

    private void Record(Verzoek verzoek, string doel, string oin, Uri? endpoint, int? status, string? fout) =>
        world.Verzoeken.Record(new Bezorging(verzoek.Verzoeknummer!, doel, oin, endpoint, status, fout, world.Time.GetUtcNow()));
}
