namespace ChainHarness.Engine.Steps;

/// <summary>
/// The names of the captures in <see cref="ChainState"/>, as a step declares them in its definition's
/// <c>Reads</c> and <c>Writes</c> (e.g. <c>Writes = [CaptureNames.PlanActivityId]</c>).
/// </summary>
public static class CaptureNames
{
    public const string PlanDelivery = "Plan.Delivery";

    public const string PlanRegelingWorkId = "Plan.RegelingWorkId";

    public const string PlanRegelingExpressionId = "Plan.RegelingExpressionId";

    public const string PlanBesluitWorkId = "Plan.BesluitWorkId";

    public const string PlanActivityId = "Plan.ActivityId";

    public const string PlanLocationId = "Plan.LocationId";

    public const string PlanRuleId = "Plan.RuleId";

    public const string PlanChange = "Plan.Change";

    public const string RulesFunctioneleStructuurRef = "Rules.FunctioneleStructuurRef";

    public const string RulesRules = "Rules.Rules";

    public const string LoketZaakId = "Loket.ZaakId";

    public const string LoketFunctioneleStructuurRef = "Loket.FunctioneleStructuurRef";

    public const string LoketAanvraag = "Loket.Aanvraag";
}
