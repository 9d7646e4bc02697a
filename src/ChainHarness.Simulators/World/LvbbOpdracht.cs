using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.World;

/// <summary>
/// One opdracht the simulated LVBB took in: the delivery, the meldingen its checks found on
/// receipt, and the verslag once it is processed (null until then).
/// </summary>
public sealed class LvbbOpdracht
{
    private volatile LvbbVerslag? _verslag;

    public required string IdLevering { get; init; }

    public required string IdBevoegdGezag { get; init; }

    /// <summary>The opdracht.xml root: <c>validatieOpdracht</c>, <c>publicatieOpdracht</c>, <c>directeMutatieOpdracht</c>, … (LvbbOpdrachtSoort).</summary>
    public required string Soort { get; init; }

    public required DateTimeOffset OntvangenOp { get; init; }

    public required StopDelivery Delivery { get; init; }

    public required IReadOnlyList<LvbbMelding> Meldingen { get; init; }

    public LvbbVerslag? Verslag => _verslag;

    /// <summary>The world as it was before this opdracht changed it (a publication or directe mutatie); null when it changed nothing.</summary>
    public PublicationSnapshot? Before { get; internal set; }

    /// <summary>A publication that a breekPublicatieAfOpdracht broke off: withdrawn, as if never made.</summary>
    public bool Afgebroken { get; internal set; }

    /// <summary>The pending processing timer; kept so it is not collected before it fires.</summary>
    internal ITimer? Timer { get; set; }

    /// <summary>Called once the verslag is written (the ebMS koppelvlak sends its answer messages from here).</summary>
    internal Action<LvbbOpdracht>? Completed { get; set; }

    internal void Complete(LvbbVerslag verslag)
    {
        _verslag = verslag;
        Timer?.Dispose();
        Completed?.Invoke(this);
    }
}
