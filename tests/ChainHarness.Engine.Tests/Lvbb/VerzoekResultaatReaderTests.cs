using System.Text;
using System.Text.Json.Nodes;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Testing;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Engine.Tests.Lvbb;

public sealed class VerzoekResultaatReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 6, TimeSpan.Zero);

    private static LvbbTransportSchema Schema => LvbbTransportSchema.For(SharedReference.RequireFolder("stop-lvbb-schemas-1.4.1-ic"))!;

    [Test]
    public void Read_Gepubliceerd_StatusAndMeldingenFromTheOfficialShape()
    {
        var verslag = VerzoekResultaatReader.Read(Bytes(VerzoekResultaatSamples.Publicatie("uitkomst", "gepubliceerd")), Schema, Now, out var problem);

        Assert.That(problem, Is.Null);
        Assert.That(verslag!.Status, Is.EqualTo(VerslagStatus.Gepubliceerd));
        Assert.That(verslag.IdLevering, Is.EqualTo("gm9999-plan-1"));
        Assert.That(verslag.Meldingen.Single().Code, Is.EqualTo("DL-0003"));
        Assert.That(verslag.Fouten, Is.Empty);
    }

    [Test]
    public void Read_NietValideWithAFout_AfgekeurdWithItsCode()
    {
        var verslag = VerzoekResultaatReader.Read(Bytes(VerzoekResultaatSamples.Publicatie("uitkomst", "niet-valide", "fout", "LVBB1501")), Schema, Now, out _);

        Assert.That(verslag!.Status, Is.EqualTo(VerslagStatus.Afgekeurd));
        Assert.That(verslag.Fouten.Single().Code, Is.EqualTo("LVBB1501"));
    }

    [Test]
    public void Read_OnlyAVoortgang_NotFinalYet()
    {
        var verslag = VerzoekResultaatReader.Read(Bytes(VerzoekResultaatSamples.Publicatie("voortgang", "validatie-voltooid")), Schema, Now, out var problem);

        Assert.That(verslag, Is.Null);
        Assert.That(VerzoekResultaatReader.NotFinalYet(problem), Is.True, problem?.English);
        Assert.That(problem!.Dutch, Does.StartWith("tot nu toe alleen een voortgang"));
    }

    [Test]
    public void Read_AnErnstTheXsdDoesNotKnow_RefusedNamingTheOfficialXsd()
    {
        var verslag = VerzoekResultaatReader.Read(Bytes(VerzoekResultaatSamples.Publicatie("uitkomst", "gepubliceerd", "ernstig")), Schema, Now, out var problem);

        Assert.That(verslag, Is.Null);
        Assert.That(problem!.English, Does.Contain("lvbb-transport.xsd").And.Contain("ernstig"));
        Assert.That(problem.Dutch, Does.Contain("niet geldig volgens de officiële lvbb-transport.xsd"));
    }

    [Test]
    public void Read_WithoutASchemaFolder_StillReadsTheShape()
    {
        var verslag = VerzoekResultaatReader.Read(Bytes(VerzoekResultaatSamples.Publicatie("uitkomst", "gepubliceerd")), null, Now, out _);

        Assert.That(verslag!.Status, Is.EqualTo(VerslagStatus.Gepubliceerd));
    }

    [Test]
    public void Sample_TheEngineReadsIsWhatTheContractDescribes()
    {
        var contract = ServiceContracts.Load("lvbb");
        var shape = (JsonObject)contract.Message("verzoekresultaat")["shape"]!["mime"]!["parts"]![1]!["shape"]!;

        Assert.That(ContractShapes.ValidateXml(contract, shape, VerzoekResultaatSamples.Publicatie("uitkomst", "gepubliceerd")), Is.Empty);
    }

    private static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);
}
