
namespace ChainHarness.Engine.Configuration;

/// <summary>Settings of an observe driver. Defaults: deliveries are saved to the folder <c>levering</c>.</summary>
public sealed class ObserveDriverOptions
{
    /// <summary>The folder where the person saves the delivery ZIP their plan software exports (step 1).</summary>
    public string DropFolder { get; set; } = "levering";
}
