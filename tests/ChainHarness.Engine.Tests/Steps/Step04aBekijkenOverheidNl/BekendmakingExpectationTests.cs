using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

namespace ChainHarness.Engine.Tests.Steps.Step04aBekijkenOverheidNl;

public sealed class BekendmakingExpectationTests
{
    private static readonly BekendmakingExpectation Expected = new("Testdorp", "Gemeenteblad", "gmb-2026-", "2026-03-03", "Wijziging omgevingsplan dakkapellen");

    [Test]
    public void Differences_RecordAsDelivered_None() =>
        Assert.That(Expected.Differences(Record()), Is.Empty);

    [Test]
    public void Differences_GemeentePrefixTimeOfDayAndSpacing_StillTheSame() =>
        Assert.That(Expected.Differences(Record() with { Creator = "Gemeente Testdorp", Available = "2026-03-03T00:00:00", Title = "Wijziging  omgevingsplan\ndakkapellen" }), Is.Empty);

    [Test]
    public void Differences_EachFieldThatDiffers_NamedWithWhatWasSeen()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English);
        var seen = Expected.Differences(new SruRecord("stcrt-2019-5", "Iets anders", [], "Utrecht", "2019-03-01", null, null, null, null))
            .Select(d => d.English).ToList();

        Assert.That(seen, Is.EqualTo(new[]
        {
            "dcterms:creator is 'Utrecht', expected 'Testdorp'",
            "publicatienaam is '(empty)', expected 'Gemeenteblad'",
            "dcterms:identifier is 'stcrt-2019-5', expected 'gmb-2026-…'",
            "dcterms:date is '2019-03-01', expected '2026-03-03'",
            "dcterms:title is 'Iets anders', expected 'Wijziging omgevingsplan dakkapellen'",
        }));
    }

    [Test]
    public void From_NoDeliveryCaptured_ChecksOrganisationAndJournalOnly()
    {
        var expectation = BekendmakingExpectation.From(null, "/akn/nl/bill/gm9999/2026/b1", new MunicipalityOptions());

        Assert.That(expectation, Is.EqualTo(new BekendmakingExpectation("Testdorp", "Gemeenteblad", "gmb-", null, null)));
        Assert.That(expectation.Differences(Record() with { Available = "1999-01-01", Title = "x" }), Is.Empty);
        Assert.That(expectation.Differences(Record() with { Publicatienaam = "Provinciaal blad" }), Has.Count.EqualTo(1));
    }

    private static SruRecord Record() =>
        new("gmb-2026-1", "Wijziging omgevingsplan dakkapellen", ["Gemeenteblad"], "Testdorp", "2026-03-02", "2026-03-03", "Gemeenteblad", "/akn/nl/bill/gm9999/2026/b1", null);
}
