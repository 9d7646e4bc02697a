using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Steps.Step11Samenwerking;

/// <summary>
/// A samenwerking as the Samenwerkfunctionaliteit holds it, read as the bevoegd gezag: is it about
/// the verzoek and open, is the partner in it and with which privilege, which documents were shared.
/// Then the partner's view is held against what its configured privilege entitles it to.
/// </summary>
internal sealed class SamenwerkingDossier(SwfReader swf, string samenwerkingId, PartyOptions partner)
{
    private readonly List<SharedDocument> _shared = [];

    public string SamenwerkingId { get; } = samenwerkingId;

    public PartyOptions Partner { get; } = partner;

    /// <summary>The privilege the Samenwerkfunctionaliteit gives the partner (BT or VT).</summary>
    public string? PartnerPrivilege { get; private set; }

    private string Path => SwfRequests.Samenwerking(SamenwerkingId);

    /// <summary>Null when the samenwerking is as it should be; otherwise the cause.</summary>
    public async Task<string?> ReadAsync(string verzoeknummer, CancellationToken cancellationToken)
    {
        var (samenwerking, problem) = await swf.GetAsync(Path, cancellationToken).ConfigureAwait(false);
        if (samenwerking is null)
        {
            return $"The case system reported samenwerking {SamenwerkingId}, but {problem}.";
        }

        var about = SwfReader.Text(samenwerking, "verzoeknummer");
        var status = SwfReader.Text(samenwerking, "status");
        if (about != verzoeknummer || status != "OPEN")
        {
            return $"Samenwerking {SamenwerkingId} is about verzoek {about ?? "(none)"} with status {status ?? "(none)"}; expected verzoek {verzoeknummer} (from step 8b), status OPEN.";
        }

        var (deelnemers, deelnemersProblem) = await swf.ListAsync($"{Path}/deelnemers", "deelnemers", cancellationToken).ConfigureAwait(false);
        PartnerPrivilege = SwfReader.Text(deelnemers?.FirstOrDefault(d => SwfReader.Text(d, "oin") == Partner.Oin), "privilege");
        if (PartnerPrivilege is null)
        {
            return deelnemers is null
                ? $"The deelnemers of samenwerking {SamenwerkingId} could not be read: {deelnemersProblem}."
                : $"Partner {Partner.Name} (OIN {Partner.Oin}) was not invited to samenwerking {SamenwerkingId}.";
        }

        var (documenten, documentenProblem) = await swf.ListAsync($"{Path}/documenten", "documenten", cancellationToken).ConfigureAwait(false);
        if (documenten is null)
        {
            return $"The documents of samenwerking {SamenwerkingId} could not be read: {documentenProblem}.";
        }

        _shared.AddRange(documenten.Select(d => new SharedDocument(SwfReader.Text(d, "naam") ?? "(no name)", SwfReader.Text(d, "vertrouwelijkheid") ?? "")));
        var missing = CollaborationScenario.Documents.Where(d => !_shared.Contains(d)).Select(d => $"'{d.Name}' ({d.Vertrouwelijkheid})").ToList();
        return missing.Count == 0 ? null : $"The case system did not share {string.Join(", ", missing)} in samenwerking {SamenwerkingId}.";
    }

    /// <summary>Null when the partner saw the dossier and exactly the documents it is entitled to; otherwise the failure.</summary>
    public StepOutcome? CheckPartnerView(PartnerView view)
    {
        var who = $"Partner {Partner.Name} (OIN {Partner.Oin})";
        if (view.SamenwerkingId != SamenwerkingId || view.Verzoeknummer is not { Length: > 0 })
        {
            return StepOutcome.Failed($"{who} opened samenwerking {view.SamenwerkingId}, not {SamenwerkingId} that the case system started.");
        }

        var entitled = _shared.Where(d => d.VisibleWith(Partner.Privilege)).ToList();
        if (entitled.FirstOrDefault(d => !view.DocumentsSeen.Contains(d.Name)) is { } unseen)
        {
            var why = unseen.Vertrouwelijkheid == SharedDocument.StriktVertrouwelijk && PartnerPrivilege != "VT"
                ? $"the Samenwerkfunctionaliteit gives it privilege {PartnerPrivilege}, which hides strictly confidential (SV) documents; it needs VT as configured"
                : "the Samenwerkfunctionaliteit did not show it";
            return StepOutcome.Failed($"{who} cannot see the {Describe(unseen)} document '{unseen.Name}' in samenwerking {SamenwerkingId}: {why}.", Werkplaats.F20);
        }

        var forbidden = view.DocumentsSeen.Where(name => entitled.All(d => d.Name != name)).ToList();
        return forbidden.Count == 0 ? null
            : StepOutcome.Failed($"{who} saw {string.Join(", ", forbidden.Select(n => $"'{n}'"))} in samenwerking {SamenwerkingId}, which privilege {Partner.Privilege} does not allow: confidential documents leak.");
    }

    /// <summary>The actieverzoek's status in the Samenwerkfunctionaliteit (OPEN, GEREED, INGETROKKEN), or null when it cannot be read.</summary>
    public async Task<string?> ActieverzoekStatusAsync(string actieverzoekId, CancellationToken cancellationToken)
    {
        var (body, _) = await swf.GetAsync(SwfRequests.Actieverzoek(SamenwerkingId, actieverzoekId), cancellationToken).ConfigureAwait(false);
        return SwfReader.Text(body, "status");
    }

    private static string Describe(SharedDocument document) =>
        document.Vertrouwelijkheid == SharedDocument.StriktVertrouwelijk ? "strictly confidential (SV)" : "ordinary (RV)";
}
