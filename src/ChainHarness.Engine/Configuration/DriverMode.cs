
namespace ChainHarness.Engine.Configuration;

/// <summary>How one part of the municipality's software is driven.</summary>
public enum DriverMode
{
    /// <summary>The built-in simulated software (default).</summary>
    Simulated,

    /// <summary>Declarative HTTP calls to the supplier's API (see <see cref="Http.HttpDriverOptions"/>).</summary>
    Http,

    /// <summary>A person acts in the software's screens; the harness tells them what to do and watches the national side.</summary>
    Observe,
}
