using System.Text;

namespace ChainHarness.Engine.Joining;

/// <summary>
/// The world's addresses as environment variables, for a supplier's test setup (<c>simulate --print-env</c>,
/// <c>--env-file</c>, <c>GET /__world/env</c>): <c>CHAINHARNESS_WORLD</c>, <c>CHAINHARNESS_NATIONAL_LVBB</c> … and the
/// simulators' non-secret API key. The names match the placeholders <c>${national:Lvbb}</c> of driver definitions.
/// </summary>
public static class WorldEnvironment
{
    public const string WorldVariable = "CHAINHARNESS_WORLD";

    public static string VariableFor(string national) => "CHAINHARNESS_NATIONAL_" + national.ToUpperInvariant();

    public static string Format(Uri control, IReadOnlyDictionary<string, Uri> national, string apiKey)
    {
        var text = new StringBuilder();
        text.Append(WorldVariable).Append('=').Append(control.ToString().TrimEnd('/')).Append('\n');
        foreach (var (name, url) in national.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            text.Append(VariableFor(name)).Append('=').Append(url.ToString().TrimEnd('/')).Append('\n');
        }

        text.Append("CHAINHARNESS_SIMULATED_API_KEY=").Append(apiKey).Append('\n');
        return text.ToString();
    }
}
