namespace ChainHarness.Engine.Running;

/// <summary>
/// Which validations the LVBB ran on this run's deliveries, in words for every report:
/// "officiële XSD + Schematron: ja (…)" or "…: nee, omdat …". <see cref="Official"/> is true only
/// when the official XSDs and Schematron both ran.
/// </summary>
public sealed record ValidationStatement(bool Official, string Dutch, string English)
{
    /// <summary>For a run against a real LVBB (pre-productie): the LVBB validates itself.</summary>
    public static readonly ValidationStatement RealLvbb = new(
        true,
        "officiële XSD + Schematron: door de echte LVBB zelf (pre-productie), niet door de harness",
        "official XSD + Schematron: by the real LVBB itself (pre-production), not by the harness");
}
