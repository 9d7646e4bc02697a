using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Steps;

/// <summary>Captured by steps 5–7.</summary>
public sealed class RulesCaptures
{
    /// <summary>The functioneleStructuurRef of the rules made toepasbaar in step 5.</summary>
    public string? FunctioneleStructuurRef { get; set; }

    /// <summary>The STTR files and werkzaamheden step 5 produced; step 6 verifies them, step 7 delivers them.</summary>
    public ToepasbareRegelsSet? Rules { get; set; }

    /// <summary>The idLevering of the delivery to Toepasbare regels aanleveren (step 7).</summary>
    public string? IdLevering { get; set; }

    /// <summary>The geldigBegindatum of the delivered rules: the RTR shows them from this date on.</summary>
    public DateOnly? GeldigBegindatum { get; set; }
}
