using ChainHarness.Engine.Protocols;
using ChainHarness.Simulators.World;
using ChainHarness.Simulators.Verifieren;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Verifieren;

/// <summary>
/// Amsterdam's real STTR rule sets (DMN 1.1 and 1.2) pass the simulated Regels verifiëren, with and
/// without the XSDs of imtr-schemas-unofficial/imtr-3.0 (a third-party reconstruction, not an official
/// DSO artefact). Skipped when ../shared is absent.
/// </summary>
public sealed class AmsterdamSttrVerificationTests
{
    public static IEnumerable<string> Files() =>
    [
        "sample-sttr/DMN1.1/ConclusieBouwenDakkapel.dmn",
        "sample-sttr/DMN1.1/IndieningsvereistenVergunningEvenementOrganiseren.dmn",
        "sample-sttr/DMN1.1/MaatregelenOpslaanOlieproducten.dmn",
        "sample-sttr/DMN1.2/ConclusieBouwenDakkapel.dmn",
        "sample-sttr/DMN1.2/IndieningsvereistenVergunningEvenementOrganiseren.dmn",
        "sample-sttr/DMN1.2/MaatregelenOpslaanOlieproducten.dmn",
        "amsterdam-mocks/tree-felling.dmn",
        "amsterdam-mocks/demo.dmn",
    ];

    [TestCaseSource(nameof(Files))]
    public void Verify_AmsterdamFile_IsApprovedAgainstTheUnofficialXsds(string file)
    {
        var xml = File.ReadAllText(Path.Combine(SharedReference.RequireFolder("sttr-dmn-examples"), file));
        var verifier = new RegelsVerifier(SharedReference.RequireFolder("imtr-schemas-unofficial/imtr-3.0"));

        var report = verifier.Verify(xml);

        Assert.That(report.Goedgekeurd, Is.True, string.Join(Environment.NewLine, report.Fouten.Select(m => $"{m.Code} {m.Beschrijving}")));
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, report.Meldingen.Select(m => $"{m.Ernst} {m.Code} {m.Beschrijving}")));
    }

    [Test]
    public void Verify_AmsterdamDakkapel_WarnsAboutTheLowercaseZijkantGap()
    {
        var xml = File.ReadAllText(Path.Combine(SharedReference.RequireFolder("sttr-dmn-examples/sample-sttr/DMN1.2"), "ConclusieBouwenDakkapel.dmn"));

        var report = new RegelsVerifier(null).Verify(xml);

        Assert.That(report.Meldingen.Any(m => m.Ernst == MeldingErnst.Waarschuwing && m.Beschrijving.Contains("'Voordakvlak'") && m.Beschrijving.Contains("Dakvlak = \"Zijkant\"")), Is.True,
            "the table tests \"zijkant\" where the question offers \"Zijkant\"");
    }

    [TestCase("demo-stripped.dmn", "TRV-001", "het attribuut 'name' ontbreekt")]
    [TestCase("geo.dmn", "TRV-003", "die geen vraagtekst heeft")]
    [TestCase("with-conclusion-description.dmn", "TRV-006", "elkaar tegenspreken")]
    public void Verify_AmsterdamTestMockWithADefect_IsRejectedForThatDefect(string file, string code, string words)
    {
        var xml = File.ReadAllText(Path.Combine(SharedReference.RequireFolder("sttr-dmn-examples/amsterdam-mocks"), file));

        var report = new RegelsVerifier(null).Verify(xml);

        Assert.That(report.Fouten.Any(m => m.Code == code && m.Beschrijving.Contains(words)), Is.True, string.Join(Environment.NewLine, report.Fouten.Select(m => $"{m.Code} {m.Beschrijving}")));
    }
}
