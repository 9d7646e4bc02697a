using ChainHarness.Engine.Loket;
using System.Collections.Concurrent;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// The toepasbare regels as the simulated RTR holds them (<see cref="SimulatedWorld.Rtr"/>): the rule
/// sets delivered in step 7 and the werkzaamheden linked in step 5, as visible on a date. A
/// werkzaamheid's activity ref is the activity's functioneleStructuurRef (an OW id is turned into one).
/// </summary>
public sealed class RtrRegelsBron(SimulatedWorld world) : IToepasbareRegelsBron
{
    private readonly ConcurrentDictionary<string, DmnModel> _parsed = new(StringComparer.Ordinal);

    public IReadOnlyList<GekoppeldeWerkzaamheid> Werkzaamheden(DateOnly datum) =>
    [
        .. world.Rtr.Werkzaamheden(datum).Select(w => new GekoppeldeWerkzaamheid(
            w.Naam,
            w.FunctioneleStructuurRef,
            FunctioneleStructuurRef.IsActivityId(w.ActivityRef) ? FunctioneleStructuurRef.For(w.ActivityRef) : w.ActivityRef,
            [])),
    ];

    public ToepasbareRegel? Vind(string functioneleStructuurRef, RegelbeheerobjectType soort, DateOnly datum) =>
        world.Rtr.ValidOn(functioneleStructuurRef, datum).FirstOrDefault(r => r.Type == soort) is { } set
            ? new ToepasbareRegel(_parsed.GetOrAdd(set.Id, _ => DmnParser.Parse(set.Dmn)), set.ActivityId)
            : null;
}
