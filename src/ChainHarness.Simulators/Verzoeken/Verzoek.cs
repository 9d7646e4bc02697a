namespace ChainHarness.Simulators.Verzoeken;

/// <summary>
/// One verzoek in the simulated Omgevingsloket, from initiation to submission (and withdrawal).
/// Thread-safe: the Indienen routes change it, Afhandelen and the deliveries read it.
/// </summary>
public sealed class Verzoek(string id, VerzoekGegevens gegevens, Partij bevoegdGezag)
{
    private readonly Lock _gate = new();
    private readonly List<Bijlage> _bijlagen = [];
    private readonly Dictionary<string, byte[]> _inhoud = new(StringComparer.Ordinal);

    public string Id { get; } = id;

    public VerzoekGegevens Gegevens { get; } = gegevens;

    public Partij BevoegdGezag { get; } = bevoegdGezag;

    public VerzoekStatus Status { get; private set; } = VerzoekStatus.Concept;

    /// <summary>The 13-digit number given on submission (date plus sequence).</summary>
    public string? Verzoeknummer { get; private set; }

    public DateOnly? Indiendatum { get; private set; }

    /// <summary>The parts per uitvoerende instantie, fixed on submission.</summary>
    public IReadOnlyList<VerzoekDeel> Delen { get; private set; } = [];

    public IReadOnlyList<Bijlage> Bijlagen
    {
        get
        {
            lock (_gate)
            {
                return [.. _bijlagen];
            }
        }
    }

    public byte[]? Inhoud(string documentId)
    {
        lock (_gate)
        {
            return _inhoud.GetValueOrDefault(documentId);
        }
    }

    /// <summary>Adds a document unless the verzoek is submitted or one with the same name or content is there.</summary>
    public (BijlageToevoegen Result, Bijlage? Existing) Add(Bijlage bijlage, byte[] inhoud)
    {
        lock (_gate)
        {
            if (Status != VerzoekStatus.Concept)
            {
                return (BijlageToevoegen.NietMeerConcept, null);
            }

            if (_bijlagen.FirstOrDefault(b => string.Equals(b.Bestandsnaam, bijlage.Bestandsnaam, StringComparison.OrdinalIgnoreCase)) is { } sameName)
            {
                return (BijlageToevoegen.NaamBestaat, sameName);
            }

            if (_bijlagen.FirstOrDefault(b => b.Sha256 == bijlage.Sha256) is { } sameContent)
            {
                return (BijlageToevoegen.InhoudBestaat, sameContent);
            }

            _bijlagen.Add(bijlage);
            _inhoud[bijlage.DocumentId] = inhoud;
            return (BijlageToevoegen.Toegevoegd, null);
        }
    }

    /// <summary>Removes a document; only while the verzoek is a concept.</summary>
    public bool? Remove(string documentId)
    {
        lock (_gate)
        {
            if (Status != VerzoekStatus.Concept)
            {
                return null;
            }

            _inhoud.Remove(documentId);
            return _bijlagen.RemoveAll(b => b.DocumentId == documentId) > 0;
        }
    }

    /// <summary>Submits the concept; false when it was not a concept any more.</summary>
    public bool Submit(string verzoeknummer, DateOnly indiendatum, IReadOnlyList<VerzoekDeel> delen)
    {
        lock (_gate)
        {
            if (Status != VerzoekStatus.Concept)
            {
                return false;
            }

            (Status, Verzoeknummer, Indiendatum, Delen) = (VerzoekStatus.Ingediend, verzoeknummer, indiendatum, delen);
            return true;
        }
    }

    /// <summary>Withdraws a submitted verzoek; false when it was not submitted (or already withdrawn).</summary>
    public bool Withdraw()
    {
        lock (_gate)
        {
            if (Status != VerzoekStatus.Ingediend)
            {
                return false;
            }

            Status = VerzoekStatus.Ingetrokken;
            return true;
        }
    }

    /// <summary>The part addressed to an OIN, or null when that party is not addressed.</summary>
    public VerzoekDeel? DeelVoor(string oin) => Delen.FirstOrDefault(d => d.UitvoerendeInstantie.Oin == oin);
}
