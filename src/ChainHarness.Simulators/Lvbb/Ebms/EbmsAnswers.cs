using System.Net.Http.Headers;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>
/// Sends the LVBB's answers to a bronhouder as ebMS messages to the endpoint of its CPA: for a processed
/// opdracht a <c>voortgang</c> verslag first, then the <c>uitkomst</c>; for a refused one only the uitkomst.
/// Each goes in the background, in order; each delivery (or why it failed) is logged in <see cref="EbmsParties"/>.
/// </summary>
internal sealed class EbmsAnswers(SimulatedWorld world, EbmsParties parties)
{
    private int _messages;

    /// <summary>Answers once the opdracht's verslag is written.</summary>
    public void WhenProcessed(LvbbOpdracht opdracht, EbmsParty party, EbmsHeader request, LvbbVerzoek verzoek) =>
        opdracht.Completed = o => Send(party, request, verzoek, Answers(o, verzoek));

    /// <summary>Answers a refused opdracht: one uitkomst with the meldingen that refused it.</summary>
    public void Refused(EbmsParty party, EbmsHeader request, LvbbVerzoek verzoek, string idLevering, IReadOnlyList<LvbbMelding> meldingen) =>
        Send(party, request, verzoek, [("uitkomst", VerzoekResultaatXml.Uitkomst(verzoek, idLevering, world.Time.GetUtcNow(), meldingen, succes: false))]);

    private List<(string Stand, byte[] Xml)> Answers(LvbbOpdracht opdracht, LvbbVerzoek verzoek)
    {
        var verslag = opdracht.Verslag!;
        var answers = new List<(string, byte[])>();
        if (verzoek.Voortgang is not null)
        {
            answers.Add(("voortgang", VerzoekResultaatXml.Voortgang(verzoek, opdracht.IdLevering, verslag.VerwerktOp, [.. verslag.Meldingen.Where(m => !m.IsFout)])));
        }

        answers.Add(("uitkomst", VerzoekResultaatXml.Final(verzoek, verslag)));
        return answers;
    }

    private void Send(EbmsParty party, EbmsHeader request, LvbbVerzoek verzoek, List<(string Stand, byte[] Xml)> answers) =>
        SimulatorHttp.RunInBackground(
            async () =>
            {
                foreach (var (stand, xml) in answers)
                {
                    await SendOneAsync(party, request, verzoek, stand, xml).ConfigureAwait(false);
                }
            },
            ex => parties.Log(new EbmsDelivery(party.Oin, request.ConversationId, verzoek.Resultaat, "?", null, ex.Message)));

    private async Task SendOneAsync(EbmsParty party, EbmsHeader request, LvbbVerzoek verzoek, string stand, byte[] xml)
    {
        var n = Interlocked.Increment(ref _messages);
        var now = world.Time.GetUtcNow();
        var payloadId = $"verzoekresultaat-{n}@lvbb.simulator";
        var soap = EbmsWriter.Message(request, verzoek.Resultaat, $"{Guid.NewGuid():N}@lvbb.simulator", now, [payloadId]);
        var (body, contentType) = MultipartRelated.Write([
            MimePart.Create($"soap-{n}@lvbb.simulator", "text/xml; charset=UTF-8", soap),
            MimePart.Create(payloadId, "text/xml; charset=UTF-8", xml),
        ]);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var message = new HttpRequestMessage(HttpMethod.Post, party.Endpoint) { Content = content };
        message.Headers.Add("SOAPAction", "\"ebXML\"");
        try
        {
            using var response = await SimulatorHttp.Client.SendAsync(message).ConfigureAwait(false);
            parties.Log(new EbmsDelivery(party.Oin, request.ConversationId, verzoek.Resultaat, stand, (int)response.StatusCode, null));
        }
        catch (HttpRequestException ex)
        {
            parties.Log(new EbmsDelivery(party.Oin, request.ConversationId, verzoek.Resultaat, stand, null, ex.Message));
        }
    }
}
