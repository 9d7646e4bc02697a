using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps.Step05MakenToepasbareRegel;

namespace ChainHarness.Engine.Tests.Steps.Step05MakenToepasbareRegel;

public sealed class SttrFileCheckTests
{
    private const string Activity = "nl.imow-gm9999.activiteit.dakkapel";

    [Test]
    public void Problems_BothFilesNamingTheActivityAndAWerkzaamheid_None() =>
        Assert.That(SttrFileCheck.Problems(Set(Conclusie(), Indieningsvereisten()), Activity), Is.Empty);

    [Test]
    public void Problems_NoIndieningsvereisten_SaysSo()
    {
        Assert.That(SttrFileCheck.Problems(Set(Conclusie()), Activity).Select(p => p.English), Is.EqualTo(new[] { "it wrote no Indieningsvereisten file" }));
        Assert.That(SttrFileCheck.Problems(Set(Conclusie()), Activity).Select(p => p.Dutch), Is.EqualTo(new[] { "ze schreef geen Indieningsvereisten-bestand" }));
    }

    [Test]
    public void Problems_FileForAnotherActivity_NamesWhatItNames()
    {
        var other = Conclusie(FunctioneleStructuurRef.For("nl.imow-gm9999.activiteit.anders"));

        Assert.That(SttrFileCheck.Problems(Set(other, Indieningsvereisten()), Activity).Single().English,
            Is.EqualTo("c.dmn does not name activity nl.imow-gm9999.activiteit.dakkapel in its functioneleStructuurRef (it names http://toepasbare-regels.omgevingswet.overheid.nl/id/activiteit/nl.imow-gm9999.activiteit.anders)"));
    }

    [Test]
    public void Problems_NotDmn_SaysWhy()
    {
        var notDmn = new SttrFile("c.dmn", RegelbeheerobjectType.Conclusie, "<opdracht/>");

        Assert.That(SttrFileCheck.Problems(Set(notDmn, Indieningsvereisten()), Activity).Single().English, Does.StartWith("c.dmn is not DMN XML (its root is opdracht"));
    }

    [Test]
    public void Problems_NoWerkzaamheden_SaysPeopleWillNotFindTheActivity()
    {
        var rules = Set(Conclusie(), Indieningsvereisten()) with { Werkzaamheden = [] };

        Assert.That(SttrFileCheck.Problems(rules, Activity).Single().English, Does.Contain("linked no werkzaamheden"));
    }

    private static ToepasbareRegelsSet Set(params SttrFile[] files) =>
        new(Activity, FunctioneleStructuurRef.For(Activity), files, ["Dakkapel plaatsen"]);

    private static SttrFile Conclusie(string? reference = null) => new("c.dmn", RegelbeheerobjectType.Conclusie, Dmn(reference ?? FunctioneleStructuurRef.For(Activity)));

    private static SttrFile Indieningsvereisten() => new("i.dmn", RegelbeheerobjectType.Indieningsvereisten, Dmn(FunctioneleStructuurRef.For(Activity)));

    private static string Dmn(string reference) =>
        $"""<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:bedr="http://toepasbare-regels.omgevingswet.overheid.nl/v2.0/Bedrijfsregel" name="x" namespace="urn:x"><decision id="d" name="d"><extensionElements><bedr:functioneleStructuurRef href="{reference}"/></extensionElements></decision></definitions>""";
}
