using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace ChainHarness.Simulators.PlanSoftware;

/// <summary>
/// The templates under <c>fixtures/testdorp/wijziging-dakkapellen/</c>, embedded in this assembly;
/// <c>{{Name}}</c> placeholders are filled with XML-escaped values.
/// </summary>
internal static partial class FixtureTemplates
{
    public static byte[] Render(string template, IReadOnlyDictionary<string, string> values)
    {
        using var stream = typeof(FixtureTemplates).Assembly.GetManifestResourceStream($"Testdorp.{template}")
            ?? throw new InvalidOperationException($"Fixture template {template} is not embedded in {typeof(FixtureTemplates).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = Placeholder().Replace(reader.ReadToEnd(), m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? SecurityElement.Escape(value)
            : throw new InvalidOperationException($"Fixture template {template} uses {{{{{m.Groups[1].Value}}}}}, which has no value."));
        return Encoding.UTF8.GetBytes(text);
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
