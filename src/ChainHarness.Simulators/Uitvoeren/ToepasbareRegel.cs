using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>A delivered rule set the loket can evaluate: the parsed DMN and the OW activity it belongs to.</summary>
public sealed record ToepasbareRegel(DmnModel Model, string ActiviteitId);
