using ChainHarness.Simulators.World;
using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.Fixtures;
using ChainHarness.Simulators.RulesSoftware;
using ChainHarness.Simulators.Verifieren;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Verifieren;

/// <summary>
/// The harness's own Testdorp fixtures are DMN 1.3. The only DMN XSDs at hand (imtr-schemas-unofficial,
/// a third-party reconstruction) are DMN 1.1 and 1.2, so the fixtures are validated against DMN 1.2
/// with the 1.3 namespace mapped onto it, plus the IMTR v2.0 extension schemas.
/// </summary>
public sealed class TestdorpFixtureVerificationTests
{
    [TestCase("conclusie-dakkapel.dmn", RegelbeheerobjectType.Conclusie)]
    [TestCase("indieningsvereisten-dakkapel.dmn", RegelbeheerobjectType.Indieningsvereisten)]
    public void Verify_Fixture_ValidatesAgainstTheXsdsAndPassesEveryRuleWithoutWarnings(string file, RegelbeheerobjectType type)
    {
        var xml = RulesFixtures.Read(file);
        var verifier = new RegelsVerifier(SharedReference.RequireFolder("imtr-schemas-unofficial/imtr-3.0"));

        var report = verifier.Verify(xml, type, "nl.imow-gm9999.activiteit.bruidsschatdakkapel");

        Assert.That(DmnParser.Parse(xml).Version, Is.EqualTo(DmnVersion.Dmn13));
        Assert.That(report.Meldingen.Select(m => $"{m.Ernst} {m.Code}"), Is.EqualTo(new[] { "informatie TRV-009" }),
            string.Join(Environment.NewLine, report.Meldingen.Select(m => m.Beschrijving)));
    }

    [Test]
    public void Verify_FixtureWithAnUnknownGegevensType_IsRejectedByTheXsd()
    {
        var xml = RulesFixtures.Read("conclusie-dakkapel.dmn").Replace("<uitv:gegevensType>number</uitv:gegevensType>", "<uitv:gegevensType>getal</uitv:gegevensType>", StringComparison.Ordinal);

        var report = new RegelsVerifier(SharedReference.RequireFolder("imtr-schemas-unofficial/imtr-3.0")).Verify(xml);

        Assert.That(report.Fouten.Single().Code, Is.EqualTo("TRV-002"), "IMTR's gegevensType allows boolean, number, string, date, list");
    }

    [Test]
    public void Fixtures_InTheRepositoryAndEmbedded_AreTheSame() =>
        Assert.That(RulesFixtures.Read("conclusie-dakkapel.dmn"), Is.EqualTo(File.ReadAllText(Path.Combine(RepositoryFolders.Fixtures, "rules", "gm9999", "conclusie-dakkapel.dmn"))));
}
