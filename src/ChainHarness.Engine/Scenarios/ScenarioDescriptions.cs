namespace ChainHarness.Engine.Scenarios;

/// <summary>The built-in scenarios' one-liners in English (their Dutch <see cref="Scenario.Omschrijving"/> is in <see cref="ScenarioCatalog"/>).</summary>
internal static class ScenarioDescriptions
{
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [ScenarioCatalog.AllesGoed] = "All good: the whole chain works, with an omgevingsdienst and a partner.",
        ["F1"] = "The plan chain is not ready yet: the rules chain starts from an existing (bruidsschat) activity; steps 1–4b are left out on purpose.",
        ["F2"] = "The plan software reports an error on publishing, while the LVBB did process the publication.",
        ["F3"] = "The besluit shows in the viewer (Ozon shows the new version), but officielebekendmakingen.nl cannot find it.",
        ["F4"] = "The plan software keeps showing 'in behandeling' for a publication that has completed.",
        ["F5"] = "Withdrawing a change goes wrong between plan software and LVBB: the LVBB refuses the withdrawal on publishing.",
        ["F6"] = "Weak annotation: the rule text has no activity or location.",
        ["F7"] = "The LVBB rejects the delivery: datumBekendmaking lies in the past (LVBB1501).",
        ["F8"] = "The plan software writes the change on its own draft version of the plan: the LVBB cannot validate it, so nothing new shows in the viewer.",
        ["F9"] = "The publication is stuck in processing: the LVBB never makes a verslag.",
        ["F10"] = "The practice environment was wiped: the existing activity the rules chain relies on is gone.",
        ["F11"] = "DSO-LV is unstable: the RTR answers 503 or hangs until the timeout, so the activity cannot be fetched.",
        ["F12"] = "The applicable rules refer to a location Ozon does not know: the delivery is refused.",
        ["F13"] = "The applicable rules only apply two weeks from now: the loket does not show them yet.",
        ["F14"] = "The vergunningcheck stalls and ends in 'Neem contact op met uw gemeente'.",
        ["F15"] = "No werkzaamheden are linked: searching for 'dakkapel' finds nothing.",
        ["F16"] = "The VTH system takes the attachments from the PDF: the confidential attachment is missing from the case.",
        ["F17"] = "The receipt is filled from the wrong fields (verzoeknummer, project, address).",
        ["F18"] = "Routing to the omgevingsdienst is set up in production only: the request stays with the municipality.",
        ["F19"] = "The omgevingsdienst opens a case, but the applicant is not told the request was forwarded.",
        ["F20"] = "The partner is invited with privilege BT instead of VT and does not see the confidential document.",
    };
}
