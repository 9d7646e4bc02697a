using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Findings;

/// <summary>
/// The system (and so the supplier or organisation) a failure most likely belongs to: whom a
/// municipality calls first. A finding names its own owner; otherwise the step's owner applies.
/// </summary>
public static class LikelyOwner
{
    public static readonly Bilingual PlanSoftware = new("plansoftware (leverancier)", "plan software (supplier)");
    public static readonly Bilingual Lvbb = new("LVBB (KOOP)", "LVBB (KOOP)");
    public static readonly Bilingual Ozon = new("Ozon / DSO-LV viewer", "Ozon / DSO-LV viewer");
    public static readonly Bilingual RulesSoftware = new("regelbeheersoftware (leverancier)", "rules-management software (supplier)");
    public static readonly Bilingual Omgevingsloket = new("Omgevingsloket (DSO-LV)", "Omgevingsloket (DSO-LV)");
    public static readonly Bilingual DsoLv = new("DSO-LV (landelijke voorziening)", "DSO-LV (the national facility)");
    public static readonly Bilingual VthSystem = new("VTH-systeem (zaaksysteem)", "VTH system (case system)");
    public static readonly Bilingual Omgevingsdienst = new("omgevingsdienst (OD)", "omgevingsdienst (OD)");
    public static readonly Bilingual Swf = new("Samenwerkfunctionaliteit (SWF)", "Samenwerkfunctionaliteit (SWF)");
    public static readonly Bilingual OwnNetwork = new("uw eigen netwerk of werkplek (geen verbinding)", "your own network or workstation (no connection)");
    public static readonly Bilingual BevoegdGezag = new("gemeente (bevoegd gezag)", "municipality (bevoegd gezag)");

    /// <summary>The owner named by a step's definition (<see cref="StepDefinition.LikelyOwner"/>).</summary>
    public static Bilingual ForStep(StepDefinition step) => step.LikelyOwner.ToLowerInvariant() switch
    {
        "plansoftware" => PlanSoftware,
        "lvbb" => Lvbb,
        "ozon" => Ozon,
        "regelbeheersoftware" => RulesSoftware,
        "omgevingsloket" => Omgevingsloket,
        "vth-systeem" => VthSystem,
        "omgevingsdienst" => Omgevingsdienst,
        "samenwerkfunctionaliteit" => Swf,
        _ => new Bilingual(step.LikelyOwner, step.LikelyOwner),
    };
}
