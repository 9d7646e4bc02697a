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
public sealed class SimulatedWorld(ProfileOptions profile, TimeProvider time)
{
    public ProfileOptions Profile { get; } = profile;

    public TimeProvider Time { get; } = time;

    public FaultSet Faults { get; } = new(profile.Faults);

    /// <summary>Activities and locations Ozon holds (published in step 3, or seeded).</summary>
    public OzonState Ozon { get; } = new();

    /// <summary>The regelingen and regeltekstannotaties Ozon serves (Presenteren v8), and every OW id published.</summary>
    public OzonDocumentState OzonDocuments { get; } = new();

    /// <summary>Every opdracht the LVBB took in, with its verslag.</summary>
    public LvbbState Lvbb { get; } = new();

    /// <summary>What officielebekendmakingen.nl lists.</summary>
    public BekendmakingenState Bekendmakingen { get; } = new();

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
