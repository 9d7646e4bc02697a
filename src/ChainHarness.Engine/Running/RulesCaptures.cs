namespace ChainHarness.Engine.Running;

/// <summary>Captured by steps 5–7.</summary>
public sealed class RulesCaptures
{
    /// <summary>The functioneleStructuurRef of the rules made toepasbaar in step 5.</summary>
    public string? FunctioneleStructuurRef { get; set; }
}
