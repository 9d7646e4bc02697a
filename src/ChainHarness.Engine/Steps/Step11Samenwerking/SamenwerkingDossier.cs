using ChainHarness.Engine.Chain;
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
    public async Task<Bilingual?> ReadAsync(string verzoeknummer, CancellationToken cancellationToken)
    {
        var (samenwerking, problem) = await swf.GetAsync(Path, cancellationToken).ConfigureAwait(false);
        if (samenwerking is null)
        {
            return Texts.SamenwerkingTexts.NotReadable(SamenwerkingId, problem);
        }

        var about = SwfReader.Text(samenwerking, "verzoeknummer");
        var status = SwfReader.Text(samenwerking, "status");
        if (about != verzoeknummer || status != "OPEN")
        {
            return Texts.SamenwerkingTexts.WrongSamenwerking(SamenwerkingId, about, status, verzoeknummer);
        }

        var (deelnemers, deelnemersProblem) = await swf.ListAsync($"{Path}/deelnemers", "deelnemers", cancellationToken).ConfigureAwait(false);
        PartnerPrivilege = SwfReader.Text(deelnemers?.FirstOrDefault(d => SwfReader.Text(d, "oin") == Partner.Oin), "privilege");
        if (PartnerPrivilege is null)
        {
            return deelnemers is null
                ? Texts.SamenwerkingTexts.DeelnemersUnreadable(SamenwerkingId, deelnemersProblem)
                : Texts.SamenwerkingTexts.NotInvited(Texts.SamenwerkingTexts.Partner(Partner.Name, Partner.Oin), SamenwerkingId);
        }

        var (documenten, documentenProblem) = await swf.ListAsync($"{Path}/documenten", "documenten", cancellationToken).ConfigureAwait(false);
        if (documenten is null)
        {
            return Texts.SamenwerkingTexts.DocumentsUnreadable(SamenwerkingId, documentenProblem);
        }

        _shared.AddRange(documenten.Select(d => new SharedDocument(SwfReader.Text(d, "naam") ?? "(no name)", SwfReader.Text(d, "vertrouwelijkheid") ?? "")));
        var missing = CollaborationScenario.Documents.Where(d => !_shared.Contains(d)).Select(d => $"'{d.Name}' ({d.Vertrouwelijkheid})").ToList();
        return missing.Count == 0 ? null : Texts.SamenwerkingTexts.NotShared(string.Join(", ", missing), SamenwerkingId);
    }

    /// <summary>Null when the partner saw the dossier and exactly the documents it is entitled to; otherwise the failure.</summary>
    public StepOutcome? CheckPartnerView(PartnerView view)
    {
        var who = Texts.SamenwerkingTexts.Partner(Partner.Name, Partner.Oin);
        if (view.SamenwerkingId != SamenwerkingId || view.Verzoeknummer is not { Length: > 0 })
        {
            return StepOutcome.Failed(Texts.SamenwerkingTexts.OtherSamenwerking(who, view.SamenwerkingId, SamenwerkingId));
        }

        var entitled = _shared.Where(d => d.VisibleWith(Partner.Privilege)).ToList();
        if (entitled.FirstOrDefault(d => !view.DocumentsSeen.Contains(d.Name)) is { } unseen)
        {
            var why = unseen.Vertrouwelijkheid == SharedDocument.StriktVertrouwelijk && PartnerPrivilege != "VT"
                ? Texts.SamenwerkingTexts.PrivilegeHidesSv(PartnerPrivilege)
                : Texts.SamenwerkingTexts.NotShown;
            var strictly = unseen.Vertrouwelijkheid == SharedDocument.StriktVertrouwelijk;
            return StepOutcome.Failed(Texts.SamenwerkingTexts.CannotSee(who, strictly, unseen.Name, SamenwerkingId, why), Werkplaats.F20);
        }

        var forbidden = view.DocumentsSeen.Where(name => entitled.All(d => d.Name != name)).ToList();
        return forbidden.Count == 0 ? null
            : StepOutcome.Failed(Texts.SamenwerkingTexts.Leak(who, string.Join(", ", forbidden.Select(n => $"'{n}'")), SamenwerkingId, Partner.Privilege));
    }

    /// <summary>The actieverzoek's status in the Samenwerkfunctionaliteit (OPEN, GEREED, INGETROKKEN), or null when it cannot be read.</summary>
    public async Task<string?> ActieverzoekStatusAsync(string actieverzoekId, CancellationToken cancellationToken)
    {
        var (body, _) = await swf.GetAsync(SwfRequests.Actieverzoek(SamenwerkingId, actieverzoekId), cancellationToken).ConfigureAwait(false);
        return SwfReader.Text(body, "status");
    }
}
