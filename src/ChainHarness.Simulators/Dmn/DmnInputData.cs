namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// An inputData element: a value the decisions need. In STTR files it points (uitv:uitvoeringsregelRef)
/// at the uitvoeringsregel that asks or fixes it: <see cref="UitvoeringsregelId"/>.
/// </summary>
public sealed record DmnInputData(string Id, string Name, string? TypeRef, string? UitvoeringsregelId);
