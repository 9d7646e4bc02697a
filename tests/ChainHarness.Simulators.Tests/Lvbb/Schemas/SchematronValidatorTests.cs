using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb.Schemas;

/// <summary>
/// The official Schematron (compiled by <see cref="SchematronCompiler"/>, run by Saxon-HE) on
/// Geonovum's real deliveries and on deliveries broken in one place: the official code and text.
/// </summary>
public sealed class SchematronValidatorTests
{
    /// <summary>What the official STOP 1.3 / LVBB 1.2.0 Schematron says about each real delivery (codes, sorted).</summary>
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["TBO_Testeiland13/2_Wijzigingsbesluit"] = ["STOP0037", "STOP0037", "STOP0038", "STOP0038", "STOP0086"],
        ["Sanity-check-testeiland/2_Wijzigingsbesluit"] = ["STOP0086"],
        ["Ontwerptests/1_initieel"] = ["STOP0081"],
        ["Intrekking_TijdelijkRegelingDeel/001b_intrekking_JWV verleden"] = ["BHKV1058"],
    };

    [TestCaseSource(typeof(RealDeliveries), nameof(RealDeliveries.All))]
    public void Validate_RealDelivery_TheOfficialSchematronsFindings(string folder)
    {
        var official = RealDeliveries.Official();
        var delivery = StopDeliveryReader.Read(RealDeliveries.Load(folder));

        var meldingen = DeliveryValidator.Schematron(delivery, new DeliveryCheckContext { Today = DateOnly.MinValue, Official = official });

        Assert.That(official.BundleFor(delivery)!.Name, Is.EqualTo(SchemaBundle.Lvbb120), "the deliveries declare LVBB 1.2.0");
        Assert.That(meldingen.Select(m => m.Code).Order(StringComparer.Ordinal), Is.EqualTo(Expected.GetValueOrDefault(folder, [])), LvbbJson.Describe(meldingen));
    }

    [Test]
    public void Validate_BesluitOfAnotherSoortWork_OfficialBhkv1005WithItsText()
    {
        var official = RealDeliveries.Official();
        var files = RealDeliveries.Load("Sanity-check-testeiland/1_Initieel_Besluit")
            .Edit("Initieel_besluit.xml", x => ReplaceFirst(x, "/join/id/stop/work_003", "/join/id/stop/work_019"));

        var meldingen = DeliveryValidator.Schematron(StopDeliveryReader.Read(files), new DeliveryCheckContext { Today = DateOnly.MinValue, Official = official });

        var bhkv = meldingen.Single(m => m.Code == "BHKV1005");
        Assert.That(bhkv.Ernst, Is.EqualTo(MeldingErnst.Fout));
        Assert.That(bhkv.Beschrijving, Is.EqualTo("Initieel_besluit.xml: Het geleverde besluit heeft als soortWork '/join/id/stop/work_019' , Dit moet zijn: '/join/id/stop/work_003'."));
    }

    [Test]
    public void Validate_GioWithAnotherSrsName_OfficialStop3020()
    {
        var official = RealDeliveries.Official();
        var files = RealDeliveries.Load("Sanity-check-testeiland/1_Initieel_Besluit").EditAll("urn:ogc:def:crs:EPSG::28992", "urn:ogc:def:crs:EPSG::3857");

        var meldingen = DeliveryValidator.Schematron(StopDeliveryReader.Read(files), new DeliveryCheckContext { Today = DateOnly.MinValue, Official = official });

        Assert.That(meldingen, Has.Some.Matches<LvbbMelding>(m => m.Code == "STOP3020" && m.IsFout && m.Beschrijving.Contains("EPSG::3857", StringComparison.Ordinal)), LvbbJson.Describe(meldingen));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
