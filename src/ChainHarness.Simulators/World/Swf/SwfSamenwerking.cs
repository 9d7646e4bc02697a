namespace ChainHarness.Simulators.World.Swf;

/// <summary>
/// One samenwerking and its rules: only the owner invites and stops; only deelnemers act; only the
/// addressee completes an actieverzoek and only its sender withdraws it; a closed samenwerking
/// takes no changes. Every change tells the parties concerned through <c>notify</c>.
/// </summary>
public sealed class SwfSamenwerking
{
    private readonly Lock _gate = new();
    private readonly List<SwfDeelnemer> _deelnemers = [];
    private readonly List<SwfDocument> _documenten = [];
    private readonly List<SwfActieverzoek> _actieverzoeken = [];
    private readonly TimeProvider _time;
    private readonly Action<string, string, string?> _notify;

    internal SwfSamenwerking(string id, string verzoeknummer, string samenwerkVorm, SwfDeelnemer eigenaar, TimeProvider time, Action<string, string, string?> notify)
    {
        Id = id;
        Verzoeknummer = verzoeknummer;
        SamenwerkVorm = samenwerkVorm;
        Gestart = time.GetUtcNow();
        _time = time;
        _notify = notify;
        _deelnemers.Add(eigenaar);
    }

    public string Id { get; }

    public string Verzoeknummer { get; }

    public string SamenwerkVorm { get; }

    public DateTimeOffset Gestart { get; }

    public string Status { get; private set; } = SwfCodes.Open;

    public string EigenaarOin => _deelnemers[0].Oin;

    public IReadOnlyList<SwfDeelnemer> Deelnemers => Snapshot(_deelnemers);

    public IReadOnlyList<SwfActieverzoek> Actieverzoeken => Snapshot(_actieverzoeken);

    /// <summary>Every shared document, whatever its vertrouwelijkheid; serve only <see cref="DocumentenVoor"/> to a caller.</summary>
    public IReadOnlyList<SwfDocument> Documenten => Snapshot(_documenten);

    public SwfDeelnemer? Deelnemer(string oin) => Snapshot(_deelnemers).FirstOrDefault(d => d.Oin == oin);

    /// <summary>The documents this deelnemer may see: all for VT, only RV for BT.</summary>
    public IReadOnlyList<SwfDocument> DocumentenVoor(SwfDeelnemer deelnemer) => [.. Snapshot(_documenten).Where(deelnemer.MaySee)];

    public SwfResult<SwfDeelnemer> Invite(string byOin, string oin, string naam, string privilege) => Change(() =>
    {
        if (byOin != EigenaarOin)
        {
            return SwfResult<SwfDeelnemer>.Refused(403, "Only the party that started the samenwerking may invite partners.");
        }

        if (_deelnemers.Any(d => d.Oin == oin))
        {
            return SwfResult<SwfDeelnemer>.Refused(409, $"OIN {oin} already takes part in samenwerking {Id}.");
        }

        var deelnemer = new SwfDeelnemer(oin, naam, SwfCodes.Partner, privilege);
        _deelnemers.Add(deelnemer);
        _notify(oin, SwfCodes.Uitnodiging, null);
        return SwfResult<SwfDeelnemer>.Ok(deelnemer, 201);
    });

    public SwfResult<SwfDocument> Share(string byOin, string naam, string vertrouwelijkheid, byte[] inhoud) => Change(() =>
    {
        var document = new SwfDocument($"DOC-{_documenten.Count + 1}", naam, vertrouwelijkheid, byOin, _time.GetUtcNow(), inhoud);
        _documenten.Add(document);
        foreach (var other in _deelnemers.Where(d => d.Oin != byOin && d.MaySee(document)))
        {
            _notify(other.Oin, SwfCodes.DocumentGedeeld, document.Id);
        }

        return SwfResult<SwfDocument>.Ok(document, 201);
    });

    public SwfResult<SwfActieverzoek> Ask(string byOin, string ontvangerOin, string omschrijving, DateOnly? einddatum) => Change(() =>
    {
        if (ontvangerOin == byOin || _deelnemers.All(d => d.Oin != ontvangerOin))
        {
            return SwfResult<SwfActieverzoek>.Refused(422, $"The addressee {ontvangerOin} is not another deelnemer of samenwerking {Id}.");
        }

        var verzoek = new SwfActieverzoek($"AV-{_actieverzoeken.Count + 1}", byOin, ontvangerOin, omschrijving, einddatum, SwfCodes.Open, _time.GetUtcNow());
        _actieverzoeken.Add(verzoek);
        _notify(ontvangerOin, SwfCodes.ActieverzoekOntvangen, verzoek.Id);
        return SwfResult<SwfActieverzoek>.Ok(verzoek, 201);
    });

    /// <summary>OPEN → GEREED, by its addressee; the sender is notified.</summary>
    public SwfResult<SwfActieverzoek> Complete(string byOin, string actieverzoekId) =>
        Transition(byOin, actieverzoekId, SwfCodes.Gereed, v => v.OntvangerOin, v => v.VerzoekerOin, SwfCodes.ActieverzoekGereed);

    /// <summary>OPEN → INGETROKKEN, by its sender; the addressee is notified.</summary>
    public SwfResult<SwfActieverzoek> Withdraw(string byOin, string actieverzoekId) =>
        Transition(byOin, actieverzoekId, SwfCodes.Ingetrokken, v => v.VerzoekerOin, v => v.OntvangerOin, SwfCodes.ActieverzoekIngetrokken);

    public SwfResult<SwfSamenwerking> Stop(string byOin) => Change(() =>
    {
        if (byOin != EigenaarOin)
        {
            return SwfResult<SwfSamenwerking>.Refused(403, "Only the party that started the samenwerking may stop it.");
        }

        Status = SwfCodes.Gesloten;
        foreach (var partner in _deelnemers.Skip(1))
        {
            _notify(partner.Oin, SwfCodes.SamenwerkingGestopt, null);
        }

        return SwfResult<SwfSamenwerking>.Ok(this);
    });

    private SwfResult<SwfActieverzoek> Transition(
        string byOin, string id, string to, Func<SwfActieverzoek, string> actor, Func<SwfActieverzoek, string> told, string notification) => Change(() =>
    {
        var index = _actieverzoeken.FindIndex(v => v.Id == id);
        if (index < 0)
        {
            return SwfResult<SwfActieverzoek>.Refused(404, $"Samenwerking {Id} has no actieverzoek {id}.");
        }

        var verzoek = _actieverzoeken[index];
        if (actor(verzoek) != byOin)
        {
            return SwfResult<SwfActieverzoek>.Refused(403, $"Only {actor(verzoek)} may set actieverzoek {id} to {to}.");
        }

        if (!verzoek.IsOpen)
        {
            return SwfResult<SwfActieverzoek>.Refused(409, $"Actieverzoek {id} is {verzoek.Status}; only an OPEN actieverzoek can become {to}.");
        }

        _actieverzoeken[index] = verzoek with { Status = to };
        _notify(told(verzoek), notification, id);
        return SwfResult<SwfActieverzoek>.Ok(_actieverzoeken[index]);
    });

    private SwfResult<T> Change<T>(Func<SwfResult<T>> change)
        where T : class
    {
        lock (_gate)
        {
            return Status == SwfCodes.Gesloten
                ? SwfResult<T>.Refused(409, $"Samenwerking {Id} is GESLOTEN; it takes no changes.")
                : change();
        }
    }

    private List<T> Snapshot<T>(List<T> items)
    {
        lock (_gate)
        {
            return [.. items];
        }
    }
}
