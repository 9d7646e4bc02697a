using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Evidence;

namespace ChainHarness.Engine.Drivers.Http;

/// <summary>
/// What every declarative http driver of a municipal port shares: the script of the supplier's
/// calls, the values its mapping sees (built-in ones, <c>${national:…}</c>, earlier captures), and
/// its exchanges as evidence. An operation forgets its own captures before it runs, so a value
/// absent from this answer is absent, not left over from the previous one.
/// </summary>
public abstract class HttpPort : IEvidenceSource, IDisposable
{
    protected HttpPort(string software, HttpDriverOptions options, ProfileOptions profile, TimeProvider time, Engine.Http.HttpTransport? transport, IReadOnlyDictionary<string, Uri>? national)
    {
        Software = software;
        Script = new HttpScript(software, options, profile.Timing, time, transport) { Redactor = ProfileSecrets.Of(profile) };
        Values = DriverValues.For(profile, time, national);
    }

    protected string Software { get; }

    protected HttpScript Script { get; }

    protected DriverValues Values { get; }

    public EvidenceLog Evidence => Script.Evidence;

    public void Dispose()
    {
        Script.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <paramref name="operation"/> with its given values after forgetting <paramref name="captures"/>.</summary>
    protected Task RunAsync(string operation, IReadOnlyDictionary<string, string?> given, string[] captures, CancellationToken cancellationToken)
    {
        Values.Clear(captures);
        foreach (var (name, value) in given)
        {
            Values.Set(name, value);
        }

        return Script.RunAsync(operation, Values, cancellationToken);
    }

    /// <summary>A captured value the contract requires.</summary>
    protected string Required(string operation, string name, Chain.Bilingual meaning) =>
        Values.Text(name) ?? throw DriverException.Missing(Software, meaning, Texts.DriverTexts.Capture(name, operation));

    protected static bool IsTrue(string? value) => value is not null && (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1" || string.Equals(value, "ja", StringComparison.OrdinalIgnoreCase));
}
