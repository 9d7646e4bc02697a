namespace ChainHarness.Simulators.Dmn;

/// <summary>How a decision gets its value.</summary>
public enum DmnDecisionLogic
{
    /// <summary>A decision table (<see cref="DmnDecision.Table"/>).</summary>
    DecisionTable,

    /// <summary>A literal expression holding one literal or the name of an input or decision.</summary>
    LiteralExpression,

    /// <summary>
    /// Anything else, such as the <c>invocation</c> STTR uses for an aansluitpunt to another rule set:
    /// the evaluator cannot compute it and asks for its value like a question.
    /// </summary>
    External,
}
