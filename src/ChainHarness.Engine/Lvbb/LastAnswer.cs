using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// The LVBB's last answer to a request for a verslag that was not the verslag: its status (0: no
/// answer), in words, whether no connection could be made at all, and whether it said it does not
/// know the opdracht (a 404 that names the idLevering as unknown, not one that says "still processing").
/// </summary>
public sealed record LastAnswer(int Status, Bilingual Seen, bool Offline, bool UnknownOpdracht)
{
    /// <summary>An answer seen as one text, the same in both languages (the system's own words).</summary>
    public LastAnswer(int status, string seen, bool offline, bool unknownOpdracht)
        : this(status, new Bilingual(seen, seen), offline, unknownOpdracht)
    {
    }

    /// <summary>The 404 said, by its problem type, that the LVBB has the opdracht and is still processing it.</summary>
    public bool InVerwerking { get; init; }
}
