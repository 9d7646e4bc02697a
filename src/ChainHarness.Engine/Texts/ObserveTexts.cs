using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>What an observe driver tells and asks the person at the municipality's software, and what it waits on.</summary>
public static class ObserveTexts
{
    public static Bilingual MakeChange(string municipality, string folder) => new(
        $"Stap 1: Maak in uw plansoftware de wijziging van het omgevingsplan van {municipality} (een regel met activiteit en werkingsgebied) en exporteer de levering als ZIP-bestand naar de map '{folder}'.",
        $"Step 1: In your plan software, make the change to {municipality}'s omgevingsplan (a rule with an activity and a werkingsgebied) and export the delivery as a ZIP file to the folder '{folder}'.");

    public static Bilingual AskZip { get; } = new(
        "Pad van het ZIP-bestand (Enter: wachten tot het in de map staat):", "Path of the ZIP file (Enter: wait until it is in the folder):");

    public static Bilingual Submit(string step, bool validate, string idLevering, string opdracht) => new(
        $"Stap {step}: {(validate ? "Valideer" : "Publiceer")} de wijziging in uw plansoftware: stuur levering {idLevering} als {opdracht} naar de LVBB.",
        $"Step {step}: {(validate ? "Validate" : "Publish")} the change in your plan software: send delivery {idLevering} to the LVBB as a {opdracht}.");

    public static Bilingual SaveVerslagen(string idLevering, string folder) => new(
        $"Sla elk antwoord van de LVBB op deze levering (het XML-bericht …VerzoekResultaat) op in de map '{folder}', met vooraan in de naam het idLevering dat uw plansoftware toont: {idLevering}-1.xml, {idLevering}-2.xml, …",
        $"Save every answer of the LVBB on this delivery (the …VerzoekResultaat XML message) in the folder '{folder}', its name starting with the idLevering your plan software shows: {idLevering}-1.xml, {idLevering}-2.xml, …");

    public static Bilingual AskIdLevering(string idLevering) => new(
        $"Welk idLevering toont uw plansoftware? (Enter: {idLevering})", $"Which idLevering does your plan software show? (Enter: {idLevering})");

    public static Bilingual AskStatus(string idLevering) => new(
        $"Welke status toont uw plansoftware voor levering {idLevering}? (gepubliceerd / in behandeling / afgekeurd / fout)",
        $"Which status does your plan software show for delivery {idLevering}? (gepubliceerd / in behandeling / afgekeurd / fout)");

    public static Bilingual NobodyToRead { get; } = new(
        "niet waargenomen: er was niemand om de status in de plansoftware af te lezen", "not observed: nobody was there to read the status in the plan software");

    public static Bilingual ZipInFolder(string folder) => new($"een ZIP-bestand in de map '{folder}'", $"a ZIP file in the folder '{folder}'");

    public static Bilingual VerslagFor(string idLevering) => new($"het verslag van de LVBB voor levering {idLevering}", $"the LVBB's verslag for delivery {idLevering}");

    public static Bilingual Waiting(string onWhat, string until, string left) => new(
        $"Wacht op {onWhat}: uiterlijk om {until} UTC (nog {left}).", $"Waiting on {onWhat}: until {until} UTC at the latest ({left} left).");

    public static Bilingual NoZip(string folder, int seconds) => new(
        $"er verscheen geen ZIP-bestand met een levering in de map '{folder}' (Drivers:PlanSoftware:Observe:DropFolder) binnen {seconds} s.",
        $"no delivery ZIP appeared in the drop folder '{folder}' (Drivers:PlanSoftware:Observe:DropFolder) within {seconds} s.");

    public static Bilingual VerslagAfter(string idLevering, string seconds) => new(
        $"de LVBB heeft een verslag voor {idLevering} na {seconds} s (waargenomen)", $"the LVBB has a verslag for {idLevering} after {seconds} s (observed)");

    public static Bilingual NoVerslag(string idLevering, string seconds) => new(
        $"de LVBB had geen verslag voor {idLevering} binnen {seconds} s: de opdracht kwam er niet aan (waargenomen)",
        $"the LVBB had no verslag for {idLevering} within {seconds} s: the opdracht did not reach it (observed)");

    public static Bilingual NoSamenwerking(string verzoeknummer, string seconds) => new(
        $"binnen {seconds} s verscheen in de Samenwerkfunctionaliteit geen samenwerking met een actieverzoek voor verzoek {verzoeknummer} (waargenomen)",
        $"no samenwerking with an actieverzoek for verzoek {verzoeknummer} appeared in the Samenwerkfunctionaliteit within {seconds} s (observed)");
}
