using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// The partner's collaboration software driven through its supplier's API (step 11). One operation,
/// <c>TakePart</c> (given <c>${verzoeknummer}</c>): the partner takes part in the samenwerking for it and says what it
/// saw: <c>samenwerkingId</c> (absent: no samenwerking for it yet), the lists <c>documentenGezien</c> (names) and
/// <c>actieverzoekenAfgerond</c> (ids).
/// </summary>
public sealed class HttpCollaborationPartner(HttpDriverOptions options, ProfileOptions profile, TimeProvider time, Engine.Http.HttpTransport? transport = null, IReadOnlyDictionary<string, Uri>? national = null)
    : HttpPort("CollaborationPartner", options, profile, time, transport, national), ICollaborationPartner
{
    public const string TakePart = "TakePart";

    public async Task<PartnerView?> TakePartAsync(string verzoeknummer, CancellationToken cancellationToken)
    {
        await RunAsync(TakePart, new Dictionary<string, string?> { ["verzoeknummer"] = verzoeknummer }, ["samenwerkingId", "documentenGezien", "actieverzoekenAfgerond"], cancellationToken).ConfigureAwait(false);
        return Values.Text("samenwerkingId") is { Length: > 0 } id
            ? new PartnerView(id, verzoeknummer, Values.List("documentenGezien"), Values.List("actieverzoekenAfgerond"))
            : null;
    }
}
