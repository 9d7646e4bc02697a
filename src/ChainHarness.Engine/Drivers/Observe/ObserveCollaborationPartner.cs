using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// The partner as a person in its own collaboration software (step 11): the harness tells them to
/// open the invitation, read the documents and complete the actieverzoek, then watches the
/// Samenwerkfunctionaliteit as the partner: the samenwerking for the verzoek, the documents the
/// partner can open there, and which actieverzoeken addressed to it are completed.
/// </summary>
public sealed class ObserveCollaborationPartner(IOperator person, PartyOptions partner, EndpointDirectory endpoints) : ICollaborationPartner
{
    private readonly SwfWatch _swf = new(endpoints, partner.Oin);
    private bool _told;

    public async Task<PartnerView?> TakePartAsync(string verzoeknummer, CancellationToken cancellationToken)
    {
        if (!_told)
        {
            _told = true;
            person.Tell($"Stap 11 ({partner.Name}): open in uw samenwerkingssoftware de uitnodiging voor verzoek {verzoeknummer}, bekijk de gedeelde documenten en rond het actieverzoek af.");
        }

        if (await _swf.SamenwerkingAsync(verzoeknummer, cancellationToken).ConfigureAwait(false) is not { } id)
        {
            return null;
        }

        var documenten = await _swf.ListAsync($"samenwerkingen/{id}/documenten", "documenten", cancellationToken).ConfigureAwait(false);
        var actieverzoeken = await _swf.ActieverzoekenAsync(id, cancellationToken).ConfigureAwait(false);
        return new PartnerView(
            id,
            verzoeknummer,
            [.. documenten.Select(d => SwfWatch.Text(d, "naam")).OfType<string>()],
            [.. actieverzoeken.Where(a => a?["ontvanger"]?["oin"]?.GetValue<string>() == partner.Oin && SwfWatch.Text(a, "status") == "GEREED")
                .Select(a => SwfWatch.Text(a, "actieverzoekId")).OfType<string>()]);
    }
}
