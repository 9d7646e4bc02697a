namespace ChainHarness.Engine.Iterations;

/// <summary>
/// One GIO of a change: its information object and GML templates. Its placeholders are
/// <c>{{GioWork_naam}}</c>, <c>{{GioExpression_naam}}</c> and <c>{{GmlHash_naam}}</c>, and one
/// <c>{{GeometrieId_x}}</c> per geometry (default one, named after the GIO). The first GIO of a
/// change also fills the plain <c>{{GioWork}}</c>, <c>{{GioExpression}}</c>, <c>{{GmlHash}}</c> and <c>{{GeometrieId}}</c>.
/// </summary>
public sealed class GioTemplate
{
    /// <summary>Letters only: the name in the GIO's work (<c>dakkapellen</c>).</summary>
    public string Naam { get; init; } = "";

    public string Gio { get; init; } = "";

    public string Gml { get; init; } = "";

    /// <summary>The names of its geometries; empty: one, named after the GIO.</summary>
    public List<string> Geometrieen { get; init; } = [];
}
