using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;

namespace ChainHarness.Engine.Running;

/// <summary>Which municipal ports and national endpoints each step touches (for the provenance in every report).</summary>
public static class StepParts
{
    private static readonly Dictionary<string, (string[] Ports, string[] Endpoints)> Map = new(StringComparer.Ordinal)
    {
        ["1"] = (["PlanSoftware"], []),
        ["2"] = (["PlanSoftware"], [DsoEndpoint.Lvbb]),
        ["3"] = (["PlanSoftware"], [DsoEndpoint.Lvbb]),
        ["4a"] = ([], [DsoEndpoint.Bekendmakingen]),
        ["4b"] = ([], [DsoEndpoint.Ozon]),
        ["5"] = (["RulesSoftware"], [DsoEndpoint.Rtr]),
        ["6"] = (["RulesSoftware"], [DsoEndpoint.Verifieren]),
        ["7"] = (["RulesSoftware"], [DsoEndpoint.Aanleveren, DsoEndpoint.Rtr]),
        ["8a"] = ([], [DsoEndpoint.Uitvoeren]),
        ["8b"] = ([], [DsoEndpoint.Indienen, DsoEndpoint.Uitvoeren]),
        ["9a"] = (["VthSystem"], []),
        ["9b"] = (["VthSystem"], []),
        ["10"] = (["BehandeldienstSystem", "VthSystem"], [DsoEndpoint.Afhandelen]),
        ["11"] = (["CaseHandler", "CollaborationPartner"], [DsoEndpoint.Samenwerken]),
    };

    public static IReadOnlyList<string> Ports(string step) => Map.TryGetValue(step, out var parts) ? parts.Ports : [];

    public static IReadOnlyList<string> Endpoints(string step) => Map.TryGetValue(step, out var parts) ? parts.Endpoints : [];
}
