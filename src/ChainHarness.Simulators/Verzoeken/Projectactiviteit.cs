using ChainHarness.Engine.Loket;
namespace ChainHarness.Simulators.Verzoeken;

/// <summary>One activity of the project with the answers given for it.</summary>
/// <param name="ActiviteitNaam">e.g. <c>Dakkapel bouwen</c>.</param>
/// <param name="ImowId">The OW id of the activity, e.g. <c>nl.imow-gm9999.activiteit.dakkapelbouwen</c>.</param>
/// <param name="FunctioneleStructuurRef">The toepasbare regels the answers belong to.</param>
/// <param name="Specificaties">The answers (indieningsvereisten), by question id.</param>
public sealed record Projectactiviteit(string ActiviteitNaam, string ImowId, string FunctioneleStructuurRef, IReadOnlyList<Specificatie> Specificaties);
