using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ChainHarness.Engine.Loket;

/// <summary>
/// The functioneleStructuurRef of an activity in the RTR's functional structure. Our design: the
/// public sources show refs under <c>http://toepasbare-regels.omgevingswet.overheid.nl/</c> ending in a
/// concept name; the harness ends the ref of an activity with its OW id, so every STTR file names the
/// activity it belongs to: <c>…/id/activiteit/nl.imow-gm9999.activiteit.dakkapel</c>.
/// </summary>
public static partial class FunctioneleStructuurRef
{
    public const string Host = "http://toepasbare-regels.omgevingswet.overheid.nl/";

    public const string ActivityBase = Host + "id/activiteit/";

    public const string WerkzaamheidBase = Host + "werkzaamheden/id/concept/";

    public static string For(string activityId) => ActivityBase + activityId;

    /// <summary>The ref of a werkzaamheid, as seen in public code: "Dakkapel plaatsen" → <c>…/werkzaamheden/id/concept/DakkapelPlaatsen</c>.</summary>
    public static string ForWerkzaamheid(string naam) =>
        WerkzaamheidBase + string.Concat(naam.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>True when <paramref name="owId"/> is an OW activity id: <c>nl.imow-gm9999.activiteit.xxx</c>.</summary>
    public static bool IsActivityId(string? owId) => owId is not null && ActivityIdPattern().IsMatch(owId);

    /// <summary>The OW activity id a ref names, when it is a harness-style activity ref.</summary>
    public static bool TryGetActivityId(string? reference, [NotNullWhen(true)] out string? activityId)
    {
        activityId = reference is not null && reference.StartsWith(ActivityBase, StringComparison.Ordinal) ? reference[ActivityBase.Length..] : null;
        return activityId is not null;
    }

    [GeneratedRegex("^nl\\.imow-(gm|pv|ws|mn|mnre)[0-9]{1,6}\\.activiteit\\.[A-Za-z0-9]{1,32}$")]
    private static partial Regex ActivityIdPattern();
}
