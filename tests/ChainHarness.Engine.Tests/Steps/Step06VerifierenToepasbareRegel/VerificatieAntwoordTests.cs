using ChainHarness.Engine.Steps.Step06VerifierenToepasbareRegel;

namespace ChainHarness.Engine.Tests.Steps.Step06VerifierenToepasbareRegel;

public sealed class VerificatieAntwoordTests
{
    [Test]
    public void Parse_Report_SeparatesFoutenFromWarnings()
    {
        var answer = VerificatieAntwoord.Parse("""{"resultaat":"afgekeurd","meldingen":[{"code":"TRV-005","ernst":"waarschuwing","beschrijving":"a"},{"code":"TRV-006","ernst":"fout","beschrijving":"b"}]}""");

        Assert.That(answer!.Fouten.Single().Code, Is.EqualTo("TRV-006"));
        Assert.That(answer.Meldingen, Has.Count.EqualTo(2));
    }

    [TestCase("")]
    [TestCase("{}")]
    [TestCase("<fout/>")]
    public void Parse_NotAReport_GivesNull(string body) => Assert.That(VerificatieAntwoord.Parse(body), Is.Null);
}
