using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using ChainHarness.Simulators.Fixtures;

namespace ChainHarness.Simulators.PlanSoftware;

/// <summary>
/// The plan software's templates under <c>fixtures/</c> (e.g. <c>testdorp/wijziging-dakkapellen/</c>), embedded in
/// this assembly; <c>{{Name}}</c> placeholders are filled with XML-escaped values.
/// </summary>
internal static partial class FixtureTemplates
{
    public static byte[] Render(string path, IReadOnlyDictionary<string, string> values)
    {
        var text = Placeholder().Replace(FixtureFiles.Read(path), m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? SecurityElement.Escape(value)
            : throw new InvalidOperationException($"Fixture template {path} uses {{{{{m.Groups[1].Value}}}}}, which has no value."));
        return Encoding.UTF8.GetBytes(text);
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
