namespace ChainHarness.Simulators.Dmn;

/// <summary>How a decision table turns matching rules into its result (DMN's hitPolicy; default UNIQUE).</summary>
public enum HitPolicy
{
    /// <summary>At most one rule may match.</summary>
    Unique,

    /// <summary>The first matching rule in table order.</summary>
    First,

    /// <summary>The matching rule whose output comes first in the output's allowed values.</summary>
    Priority,

    /// <summary>Several rules may match, but they must give the same output.</summary>
    Any,

    /// <summary>Every matching rule, in table order (optionally aggregated).</summary>
    Collect,

    /// <summary>Every matching rule, in table order.</summary>
    RuleOrder,

    /// <summary>Every matching rule, ordered by output priority.</summary>
    OutputOrder,
}
