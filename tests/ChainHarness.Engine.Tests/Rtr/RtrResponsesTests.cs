using ChainHarness.Engine.Rtr;

namespace ChainHarness.Engine.Tests.Rtr;

public sealed class RtrResponsesTests
{
    [Test]
    public void ActivityIds_SeenShape_GivesEveryUrn() =>
        Assert.That(RtrResponses.ActivityIds("""{"_embedded":{"activiteiten":[{"urn":"a","omschrijving":"A"},{"urn":"b"}]}}"""), Is.EqualTo(new[] { "a", "b" }));

    [Test]
    public void RegelbeheerobjectTypes_Typering_GivesEveryKind() =>
        Assert.That(RtrResponses.RegelbeheerobjectTypes("""{"_embedded":{"toepasbareRegels":[{"typering":"Conclusie"}]}}"""), Is.EqualTo(new[] { "Conclusie" }));

    [Test]
    public void ActivityIds_HalList_GivesEveryIdentificatie() =>
        Assert.That(RtrResponses.ActivityIds("""{"_embedded":{"activiteiten":[{"identificatie":"a"},{"identificatie":"b"}]}}"""), Is.EqualTo(new[] { "a", "b" }));

    [TestCase("")]
    [TestCase("<html/>")]
    [TestCase("""{"activiteiten":[]}""")]
    [TestCase("""{"_embedded":{"activiteiten":{}}}""")]
    public void ActivityIds_NotAHalList_GivesNothing(string body) =>
        Assert.That(RtrResponses.ActivityIds(body), Is.Empty);

    [Test]
    public void RegelbeheerobjectTypes_HalList_GivesEveryType() =>
        Assert.That(RtrResponses.RegelbeheerobjectTypes("""{"_embedded":{"toepasbareRegels":[{"type":"Conclusie"},{"type":"Indieningsvereisten"}]}}"""), Is.EqualTo(new[] { "Conclusie", "Indieningsvereisten" }));

    [Test]
    public void Regelbeheerobjecten_HalList_GivesTypeAndTheDeliveryWhenSaid() =>
        Assert.That(
            RtrResponses.Regelbeheerobjecten("""{"_embedded":{"toepasbareRegels":[{"type":"Conclusie","idLevering":"TR-1"},{"type":"Indieningsvereisten"},{"idLevering":"TR-2"}]}}"""),
            Is.EqualTo(new[] { new RtrRegelbeheerobject("Conclusie", "TR-1"), new RtrRegelbeheerobject("Indieningsvereisten", null) }));

    [TestCase("null")]
    [TestCase("[]")]
    [TestCase("""{"_embedded":null}""")]
    public void Regelbeheerobjecten_JsonButNoHalObject_GivesNothing(string body) =>
        Assert.That(RtrResponses.Regelbeheerobjecten(body), Is.Empty);

    [TestCase("gm9999", "9999")]
    [TestCase("gm0363", "0363")]
    [TestCase("mnre1034", "1034")]
    [TestCase("0363", "0363")]
    public void OrganisatieCode_DropsThePrefix(string code, string expected) =>
        Assert.That(OrganisatieCode.WithoutPrefix(code), Is.EqualTo(expected));

    [Test]
    public void Activities_Request_AsksWithoutPrefixAsOfTheDate()
    {
        var request = RtrRequests.Activities(new DateOnly(2026, 3, 2), "gm9999");

        Assert.That(request.Parameters.Select(p => $"{p.Name}={p.Value}"), Is.SupersetOf(new[] { "datum=02-03-2026", "organisatieCode=9999", "pageSize=200" }));
    }
}
