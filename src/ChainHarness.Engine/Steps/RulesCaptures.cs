using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Engine.Steps;

/// <summary>Captured by steps 5–7.</summary>
public sealed class RulesCaptures(CaptureLedger ledger)
{
    /// <summary>The functioneleStructuurRef of the rules made toepasbaar in step 5.</summary>
    public string? FunctioneleStructuurRef { get => ledger.Read(CaptureNames.RulesFunctioneleStructuurRef, field); set => field = ledger.Write(CaptureNames.RulesFunctioneleStructuurRef, value); }

    /// <summary>The STTR files and werkzaamheden step 5 produced; step 6 verifies them, step 7 delivers them.</summary>
    public ToepasbareRegelsSet? Rules { get => ledger.Read(CaptureNames.RulesRules, field); set => field = ledger.Write(CaptureNames.RulesRules, value); }
}
