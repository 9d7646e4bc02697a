namespace ChainHarness.Simulators.Dmn;

/// <summary>Whether a rule matches the answers so far: yes, no, or not known until more answers come.</summary>
internal enum RuleState
{
    Match,
    NoMatch,
    Unknown,
}
