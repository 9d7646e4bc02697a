using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.Tests.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb.Schemas;

/// <summary>
/// The simulated LVBB's XSD verdict on every XML file of every real delivery is xmllint's (an
/// independent validator), and both refuse the two classic mistakes: a comma-separated GML
/// coordinate list and an <c>AmbtsgebiedRef</c> where the schema wants <c>LocatieRef</c>.
/// </summary>
public sealed class XsdAgainstXmllintTests
{
    [TestCaseSource(typeof(RealDeliveries), nameof(RealDeliveries.All))]
    public void Validate_EveryFileOfARealDelivery_SameVerdictAsXmllint(string folder)
    {
        var official = RealDeliveries.Official();
        var delivery = StopDeliveryReader.Read(RealDeliveries.Load(folder));
        var bundle = official.BundleFor(delivery)!;
        var ours = official.XsdFor(delivery)!;

        var compared = 0;
        foreach (var file in delivery.Files.Where(f => f.IsXml && Xmllint.Covers(bundle, f)))
        {
            var theirs = Xmllint.IsValid(bundle, file, out var output);
            var mine = ours.Validate(file);
            Assert.That(mine.Total == 0, Is.EqualTo(theirs), $"{file.Name}: ours {string.Join("; ", mine.Errors)} / xmllint {output}");
            compared++;
        }

        Assert.That(compared, Is.GreaterThan(1), "the delivery's opdracht, manifest and besluit at least were compared");
    }

    [Test]
    public void Validate_CommaSeparatedPosList_RefusedByBothWithTheXsdsWords()
    {
        var official = RealDeliveries.Official();
        var files = RealDeliveries.Load("Sanity-check-testeiland/1_Initieel_Besluit")
            .Edit("Testeiland.gml", x => System.Text.RegularExpressions.Regex.Replace(x, "<gml:posList>([0-9.]+) ", "<gml:posList>$1,"));
        var delivery = StopDeliveryReader.Read(files);

        var meldingen = DeliveryValidator.Validate(delivery, RealDeliveries.AsOfItsDate(files) with { Official = official });

        Assert.That(Xmllint.IsValid(official.BundleFor(delivery)!, delivery.File("Testeiland.gml")!, out _), Is.False, "xmllint refuses it too");
        Assert.That(meldingen, Has.Some.Matches<LvbbMelding>(m => m.IsFout && m.Code == MeldingCodes.SchemaOngeldig && m.Beschrijving.StartsWith("Testeiland.gml", StringComparison.Ordinal) && m.Beschrijving.Contains("posList", StringComparison.Ordinal)), LvbbJson.Describe(meldingen));
    }

    [Test]
    public void Validate_AmbtsgebiedRefForLocatieRef_RefusedByBoth()
    {
        var official = RealDeliveries.Official();
        var files = RealDeliveries.Load("Sanity-check-testeiland/1_Initieel_Besluit")
            .Edit("owRegeltekst.xml", x => x.Replace("l:LocatieRef", "l:AmbtsgebiedRef", StringComparison.Ordinal));
        var delivery = StopDeliveryReader.Read(files);

        var meldingen = DeliveryValidator.Validate(delivery, RealDeliveries.AsOfItsDate(files) with { Official = official });

        Assert.That(Xmllint.IsValid(official.BundleFor(delivery)!, delivery.File("owRegeltekst.xml")!, out _), Is.False, "xmllint refuses it too");
        Assert.That(meldingen, Has.Some.Matches<LvbbMelding>(m => m.IsFout && m.Code == MeldingCodes.SchemaOngeldig && m.Beschrijving.StartsWith("owRegeltekst.xml", StringComparison.Ordinal) && m.Beschrijving.Contains("AmbtsgebiedRef", StringComparison.Ordinal)), LvbbJson.Describe(meldingen));
    }
}
