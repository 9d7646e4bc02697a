namespace ChainHarness.Engine.Stop;

/// <summary>An xlink reference in an OW object.</summary>
/// <param name="Kind">The element, e.g. <c>ActiviteitRef</c>, <c>LocatieRef</c>, <c>GeometrieRef</c>.</param>
/// <param name="Role">Its parent, e.g. <c>activiteitaanduiding</c>, <c>locatieaanduiding</c>, <c>bovenliggendeActiviteit</c>.</param>
/// <param name="Target">The referenced OW id (or geometry id for a <c>GeometrieRef</c>).</param>
public sealed record OwReference(string Kind, string Role, string Target);
