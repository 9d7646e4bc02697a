using ChainHarness.Engine.Loket;
namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// A werkzaamheid (plain-language task) linked to an activity's toepasbare regels
/// (<paramref name="ActiviteitRef"/>, the functioneleStructuurRef the loket evaluates), and the extra
/// words it is found by besides its name.
/// </summary>
public sealed record GekoppeldeWerkzaamheid(string Naam, string FunctioneleStructuurRef, string ActiviteitRef, IReadOnlyList<string> Zoektermen);
