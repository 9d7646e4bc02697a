using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Steps;

/// <summary>
/// The fourteen steps of the VNG Werkplaats DSO-keten, with the dependencies of the domain brief:
/// <code>
/// 1 → 2 → 3 → 4a ; 3 → 4b ; 3 → 5 → 6 → 7 → 8a ; 7 → 8b → 9a → 9b ; 8b → 10 ; 9a → 11
/// </code>
/// This is domain knowledge, not engine logic: a step implementation refers to its definition here.
/// </summary>
public static class KnownSteps
{
    public static readonly StepDefinition Step1 = new("1", "Downloaden/wijzigen omgevingsplan", "Download and change the omgevingsplan", Lane.Omgevingsplan, [], "plansoftware");
    public static readonly StepDefinition Step2 = new("2", "Valideren plan", "Validate the plan", Lane.Omgevingsplan, ["1"], "LVBB");
    public static readonly StepDefinition Step3 = new("3", "Publiceren wijziging", "Publish the change", Lane.Omgevingsplan, ["2"], "plansoftware");
    public static readonly StepDefinition Step4a = new("4a", "Bekijken plan via overheid.nl", "View the plan on overheid.nl", Lane.Omgevingsplan, ["3"], "LVBB");
    public static readonly StepDefinition Step4b = new("4b", "Bekijken plan in DSO-LV viewer", "View the plan in the DSO-LV viewer", Lane.Omgevingsplan, ["3"], "Ozon");
    public static readonly StepDefinition Step5 = new("5", "Maken toepasbare regel", "Make the applicable rule", Lane.ToepasbareRegels, ["3"], "regelbeheersoftware");
    public static readonly StepDefinition Step6 = new("6", "Verifiëren toepasbare regel", "Verify the applicable rule", Lane.ToepasbareRegels, ["5"], "regelbeheersoftware");
    public static readonly StepDefinition Step7 = new("7", "Publiceren toepasbare regel", "Publish the applicable rule", Lane.ToepasbareRegels, ["6"], "regelbeheersoftware");
    public static readonly StepDefinition Step8a = new("8a", "Doorlopen check", "Run the vergunningcheck", Lane.CheckEnAanvraag, ["7"], "Omgevingsloket");
    public static readonly StepDefinition Step8b = new("8b", "Doorlopen aanvraag", "Submit the aanvraag", Lane.CheckEnAanvraag, ["7"], "Omgevingsloket");
    public static readonly StepDefinition Step9a = new("9a", "Ontvangen en behandelen aanvraag", "Receive and handle the aanvraag", Lane.CheckEnAanvraag, ["8b"], "VTH-systeem");
    public static readonly StepDefinition Step9b = new("9b", "Terugkoppeling naar initiatiefnemer", "Receipt to the applicant", Lane.CheckEnAanvraag, ["9a"], "VTH-systeem");
    public static readonly StepDefinition Step10 = new("10", "Aanvraag naar behandeldienst", "Request to the behandeldienst", Lane.Samenwerken, ["8b"], "omgevingsdienst", ClosesChain: false);
    public static readonly StepDefinition Step11 = new("11", "Samenwerking aan aanvraag", "Collaboration on the request", Lane.Samenwerken, ["9a"], "Samenwerkfunctionaliteit", ClosesChain: false);

    /// <summary>All fourteen, in chain order (every step after the steps it depends on).</summary>
    public static IReadOnlyList<StepDefinition> All { get; } =
        [Step1, Step2, Step3, Step4a, Step4b, Step5, Step6, Step7, Step8a, Step8b, Step9a, Step9b, Step10, Step11];

    public static StepDefinition Get(StepId id) =>
        All.FirstOrDefault(s => s.Id == id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No such step.");
}
