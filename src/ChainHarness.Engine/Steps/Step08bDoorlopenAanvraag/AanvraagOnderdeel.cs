using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Steps.Step08bDoorlopenAanvraag;

/// <summary>One activity of the aanvraag with the functioneleStructuurRef its toepasbare regels belong to.</summary>
public sealed record AanvraagOnderdeel(RegelActiviteit Activiteit, string FunctioneleStructuurRef);
