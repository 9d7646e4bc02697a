using System.Text.RegularExpressions;

namespace ChainHarness.Engine.Stop;

/// <summary>
/// An OW object id: <c>nl.imow-&lt;bevoegd gezag&gt;.&lt;type&gt;.&lt;local id&gt;</c>, e.g.
/// <c>nl.imow-gm9999.activiteit.dakkapelbouwen</c>.
/// </summary>
public sealed partial record OwId(string BevoegdGezag, string Type, string Local)
{
    public static bool TryParse(string? text, out OwId? id)
    {
        var match = text is null ? null : Pattern().Match(text);
        id = match is { Success: true } ? new OwId(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value) : null;
        return id is not null;
    }

    public static bool LooksLikeOwId(string? text) => text?.StartsWith("nl.imow-", StringComparison.Ordinal) == true;

    public override string ToString() => $"nl.imow-{BevoegdGezag}.{Type}.{Local}";

    [GeneratedRegex("^nl\\.imow-((?:gm|pv|ws|mnre|mn)[0-9]{1,6})\\.([A-Za-z]+)\\.([A-Za-z0-9]{1,32})$")]
    private static partial Regex Pattern();
}
