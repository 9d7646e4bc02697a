using ChainHarness.Engine.Waiting;
using ChainHarness.Engine.Configuration;
using ChainHarness.Simulators.Bekendmakingen;
using ChainHarness.Simulators.Faults;
using ChainHarness.Simulators.Lvbb;

namespace ChainHarness.Simulators.World;

/// <summary>
/// The shared, explicit state of every simulator in one run: what LVBB published is what Ozon
/// shows; what the RTR holds is what the loket evaluates. One world per run; runs never share one.
/// "Today" comes from <see cref="Time"/>.
/// </summary>
public sealed class SimulatedWorld(ProfileOptions profile, TimeProvider time, WorldEvents events)
{
    public SimulatedWorld(ProfileOptions profile, TimeProvider time)
        : this(profile, time, new WorldEvents())
    {
    }

    public ProfileOptions Profile { get; } = profile;

    public TimeProvider Time { get; } = time;

    public FaultSet Faults { get; } = new(profile.Faults);

    /// <summary>Announces when something a step may wait for becomes ready (the engine's <c>IReadinessSignal</c>).</summary>
    public WorldEvents Events { get; } = events;

    /// <summary>Activities and locations Ozon holds (published in step 3, or seeded).</summary>
    public OzonState Ozon { get; } = new();

    /// <summary>The regelingen and regeltekstannotaties Ozon serves (Presenteren v8), and every OW id published.</summary>
    public OzonDocumentState OzonDocuments { get; } = new();

    /// <summary>Every opdracht the LVBB took in, with its verslag.</summary>
    public LvbbState Lvbb { get; } = new();

    /// <summary>What officielebekendmakingen.nl lists.</summary>
    public BekendmakingenState Bekendmakingen { get; } = new();
    /// <summary>Rule sets and werkzaamheden delivered to the RTR (step 7), each visible from its begindatum.</summary>
    public RtrState Rtr { get; } = new();

    /// <summary>Verzoeken in the Omgevingsloket and their delivery to the bevoegd gezag or a behandeldienst (steps 8b–10).</summary>
    public VerzoekenState Verzoeken { get; } = new();

    /// <summary>The municipality's simulated VTH (case) system: zaken, letters to applicants (steps 9a–9b).</summary>
    public VthState Vth { get; } = new();

    /// <summary>The behandeldienst's (omgevingsdienst's) simulated case system: its zaken and letters (step 10).</summary>
    public VthState BehandeldienstVth { get; } = new();

    /// <summary>Which behandeldienst handles which activity for which bevoegd gezag (the DSO's Behandeldienstconfiguraties v1).</summary>
    public BehandeldienstConfiguraties Behandeldienstconfiguraties { get; } = new();

    /// <summary>Samenwerkingen, their deelnemers, documents, actieverzoeken and waiting notifications (step 11).</summary>
    public SwfState Swf { get; } = new(time, events);

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
