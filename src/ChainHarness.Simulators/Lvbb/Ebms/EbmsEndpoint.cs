using ChainHarness.Engine.Protocols;
using ChainHarness.Simulators.Lvbb.Checks;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Hosting.Tls;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>
/// The LVBB bronhouderkoppelvlak as Digikoppeling ebMS 2.0: a multipart/related SOAP message whose manifest
/// references the leveringsverzoek and the opdracht ZIP. The ebMS message itself is checked first (envelope,
/// parties, CPA, manifest, certificate OIN) and answered synchronously with an Acknowledgment or a MessageError;
/// the delivery is then taken in like any other, and the verzoekresultaat goes back asynchronously
/// (<see cref="EbmsAnswers"/>). Facts and guesses: contracts/lvbb/contract.json.
/// </summary>
internal sealed class EbmsEndpoint(SimulatedWorld world, EbmsParties parties, Action<LvbbOpdracht> schedule)
{
    private readonly EbmsAnswers _answers = new(world, parties);

    public SimResponse Receive(SimRequest request)
    {
        var parts = MultipartRelated.Parse(request.Body, request.Header("Content-Type"), out var mimeError);
        if (parts is not { Count: > 0 })
        {
            return Fault($"Geen ebMS-bericht: {mimeError}.");
        }

        var start = MultipartRelated.Parameter(request.Header("Content-Type") ?? "", "start")?.Trim('<', '>');
        var soapPart = parts.FirstOrDefault(p => start is not null && p.ContentId == start) ?? parts[0];
        if (EbmsReader.Read(soapPart.Body, out var headerError) is not { } header)
        {
            return Fault($"Geen leesbare ebMS-header: {headerError}.");
        }

        var (party, refusal) = CheckMessage(request, header, parts, soapPart);
        if (refusal is not null)
        {
            return refusal;
        }

        var payloads = header.ManifestContentIds.Select(id => parts.First(p => p.ContentId == id)).ToList();
        var verzoekPart = payloads.FirstOrDefault(p => p.ContentType.Contains("xml", StringComparison.OrdinalIgnoreCase));
        var zipPart = payloads.FirstOrDefault(p => p != verzoekPart);
        if (verzoekPart is null || zipPart is null)
        {
            return Error(header, "MimeProblem", "eb:Manifest", "Het bericht moet twee payloads hebben: het leveringsverzoek (XML) en de opdracht-ZIP.");
        }

        if (LeveringsVerzoek.Read(verzoekPart.Body, out var verzoekError) is not { } leveringsverzoek)
        {
            return Error(header, "OtherXml", "cid:" + verzoekPart.ContentId, $"Het leveringsverzoek is niet te lezen: {verzoekError}.");
        }

        if (LvbbVerzoek.Find(leveringsverzoek.Root, party!.LvbbVersie) is not { } verzoek)
        {
            return Error(header, "ValueNotRecognized", "cid:" + verzoekPart.ContentId, $"{leveringsverzoek.Root} is geen verzoek van LVBB {party.LvbbVersie}.");
        }

        if (header.Action != verzoek.Verzoek)
        {
            return Error(header, "Inconsistent", "eb:Action", $"eb:Action is '{header.Action}', maar het leveringsverzoek is een {verzoek.Verzoek}.");
        }

        var ack = Soap(200, EbmsWriter.Acknowledgment(header, NewMessageId(), world.Time.GetUtcNow()));
        Take(header, party, verzoek, leveringsverzoek, zipPart.Body);
        return ack;
    }

    /// <summary>PUT /ebms/cpa/{oin}: what a CPA would say (ours).</summary>
    public SimResponse Register(SimRequest request)
    {
        var body = ReadJson(request.BodyText);
        var endpoint = (string?)body?["endpoint"];
        if (endpoint is null || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return SimResponse.Problem(400, "Bad Request", "De body vraagt {\"endpoint\": \"http://127.0.0.1:…/…\"}, het ebMS-eindpunt van de bronhouder.");
        }

        return parties.Register(request["oin"], uri, (string?)body!["lvbbVersie"]) is { } why
            ? SimResponse.Problem(400, "Bad Request", why)
            : SimResponse.Empty(204);
    }

    private (EbmsParty? Party, SimResponse? Refusal) CheckMessage(SimRequest request, EbmsHeader header, IReadOnlyList<MimePart> parts, MimePart soapPart)
    {
        if (header.To != EbmsParties.LvbbOin)
        {
            return (null, Error(header, "ValueNotRecognized", "eb:To/eb:PartyId", $"Dit bericht is niet aan de LVBB ({EbmsParties.LvbbOin}) gericht maar aan {header.To}."));
        }

        if (header.Service != EbmsNamespaces.LvbbService)
        {
            return (null, Error(header, "ValueNotRecognized", "eb:Service", $"Onbekende eb:Service '{header.Service}'; de gesimuleerde LVBB verwacht {EbmsNamespaces.LvbbService} (aanname, zie contracts/lvbb)."));
        }

        if (parties.Find(header.From) is not { } party)
        {
            return (null, Error(header, "ValueNotRecognized", "eb:CPAId", $"Er is geen CPA voor partij {header.From}: registreer het eindpunt met PUT /lvbb/ebms/cpa/{header.From}."));
        }

        if (header.CpaId != party.CpaId)
        {
            return (null, Error(header, "Inconsistent", "eb:CPAId", $"eb:CPAId is '{header.CpaId}', de CPA tussen {header.From} en de LVBB heet {party.CpaId}."));
        }

        if (request.ClientCertificate is { } certificate && PkioCertificates.Oin(certificate) is var oin && oin != header.From)
        {
            return (null, Error(header, "SecurityFailure", "eb:From/eb:PartyId", $"eb:From is {header.From}, maar het PKIoverheid-certificaat hoort bij OIN {oin ?? "(geen serialNumber)"}."));
        }

        if (header.ManifestContentIds.FirstOrDefault(id => parts.All(p => p == soapPart || p.ContentId != id)) is { } missing)
        {
            return (null, Error(header, "MimeProblem", "cid:" + missing, $"Het manifest verwijst naar cid:{missing}, maar het bericht heeft geen MIME-deel met die Content-ID."));
        }

        return (party, null);
    }

    private void Take(EbmsHeader header, EbmsParty party, LvbbVerzoek verzoek, LeveringsVerzoek leveringsverzoek, byte[] zip)
    {
        // The leveringsverzoek must match the opdracht in the ZIP (same service, same idLevering) before the LVBB takes anything in.
        var opdracht = StopDeliveryReader.TryRead(zip, out _)?.Opdracht;
        var mismatch = new List<LvbbMelding>();
        if (opdracht is not null && opdracht.Soort != verzoek.Opdracht)
        {
            mismatch.Add(new LvbbMelding("CHS-EBMS-01", MeldingErnst.Fout, "ebms", $"Het leveringsverzoek is een {verzoek.Verzoek}, maar opdracht.xml is een {opdracht.Soort}."));
        }

        if (opdracht?.IdLevering is { } id && id != leveringsverzoek.IdLevering)
        {
            mismatch.Add(new LvbbMelding("CHS-EBMS-02", MeldingErnst.Fout, "ebms", $"idLevering in het leveringsverzoek ({leveringsverzoek.IdLevering}) is niet die in opdracht.xml ({id})."));
        }

        if (mismatch.Count > 0)
        {
            _answers.Refused(party, header, verzoek, leveringsverzoek.IdLevering, mismatch);
            return;
        }

        var (taken, _, refusal) = LvbbIntake.TakeIn(world, zip);
        if (taken is null)
        {
            _answers.Refused(party, header, verzoek, leveringsverzoek.IdLevering, refusal);
            return;
        }

        _answers.WhenProcessed(taken, party, header, verzoek);
        schedule(taken);
    }

    private SimResponse Error(EbmsHeader header, string code, string location, string description) =>
        Soap(200, EbmsWriter.MessageError(header, EbmsParties.LvbbOin, NewMessageId(), world.Time.GetUtcNow(), code, location, description));

    private static SimResponse Fault(string reason) => Soap(500, EbmsWriter.Fault(reason));

    private static SimResponse Soap(int status, byte[] envelope) => SimResponse.Bytes(status, envelope, "text/xml; charset=UTF-8");

    private static JsonObject? ReadJson(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string NewMessageId() => $"{Guid.NewGuid():N}@lvbb.simulator";
}
