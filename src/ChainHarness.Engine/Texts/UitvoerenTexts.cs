using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Texts;

/// <summary>Step 8a: what Toepasbare regels uitvoeren answered when the rules themselves could not be evaluated.</summary>
public static class UitvoerenTexts
{
    /// <summary>The service answered an evaluation error (<c>detail</c> is its own words, quoted as observed).</summary>
    public static Bilingual Evaluatiefout(string fsr, int status, string detail) => new(
        $"Toepasbare regels uitvoeren kon de regels voor {fsr} niet uitvoeren (HTTP {status}, evaluatiefout): \"{detail}\". De regels zelf zijn fout (bijvoorbeeld een antwoord dat met een ander type wordt vergeleken, of een ontbrekend typeRef); dit is geen ontbrekend pad naar een conclusie.",
        $"Toepasbare regels uitvoeren could not evaluate the rules for {fsr} (HTTP {status}, evaluation error): \"{detail}\". The rules themselves are wrong (for instance an answer compared with a value of another type, or a missing typeRef); this is not a missing path to a conclusion.");
}
