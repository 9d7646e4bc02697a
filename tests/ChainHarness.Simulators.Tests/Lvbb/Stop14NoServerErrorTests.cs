using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb;
using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Simulators.Tests.Testing;
using ChainHarness.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChainHarness.Simulators.Tests.Lvbb;

/// <summary>
/// A delivery that declares LVBB 1.3.0-ic (so the simulated LVBB validates it with the STOP 1.4 bundle,
/// <c>stop-lvbb-schemas-1.4.1-ic</c>, which has no OW schemas) never gets HTTP 500: it is taken in (202)
/// or refused with coded meldingen (400), and its verslag is read (200) with coded meldingen.
/// </summary>
public sealed class Stop14NoServerErrorTests
{
    [TestCase("Sanity-check-testeiland/1_Initieel_Besluit")]
    [TestCase("Ontwerptests/1_initieel")]
    [TestCase("Sanity-check-testeiland/7_DirecteMutatie")]
    [TestCase("TBO_Testeiland13/4_Afbreken")]
    public async Task DeliveryDeclaringStop14_NeverA500_ARefusalCarriesCodes(string folder)
    {
        var files = AsLvbb130Ic(RealDeliveries.Load(folder));
        var delivery = StopDeliveryReader.Read(files);
        var time = delivery.Opdracht?.DatumBekendmaking is null
            ? new FakeTimeProvider(TestWorlds.Now)
            : new FakeTimeProvider(new DateTimeOffset(RealDeliveries.DayBefore(files), TimeOnly.MinValue, TimeSpan.Zero));
        var profile = new ProfileOptions { Schemas = new SchemaOptions { Bundles = SharedReference.RequireFolder(".") } };
        using var lvbb = (LvbbSimulator)new LvbbSimulator(TestWorlds.Create(time, profile)).Start();
        Assert.That(OfficialValidation.For(profile.Schemas).BundleFor(delivery)?.Name, Is.EqualTo(SchemaBundle.Lvbb130Ic), "the STOP 1.4 bundle is the one used");

        var (status, body, _) = await SimHttp.PostZipAsync(new Uri($"{lvbb.BaseUrl}/opdrachten"), DeliveryZip.Write(files));

        Assert.That(status, Is.EqualTo(202).Or.EqualTo(400), body?.ToJsonString());
        if (status == 400)
        {
            AssertCoded(body!["meldingen"]);
            return;
        }

        time.Advance(TestWorlds.LvbbDelay);
        var (verslagStatus, verslag, _) = await SimHttp.GetAsync(new Uri($"{lvbb.BaseUrl}/opdrachten/{Uri.EscapeDataString(delivery.Opdracht!.IdLevering!)}/verslag"));
        Assert.That(verslagStatus, Is.EqualTo(200), verslag?.ToJsonString());
        AssertCoded(verslag!["meldingen"]);
    }

    private static void AssertCoded(JsonNode? meldingen)
    {
        foreach (var melding in meldingen?.AsArray() ?? [])
        {
            Assert.That((string?)melding!["code"], Is.Not.Null.And.Not.Empty, melding.ToJsonString());
        }
    }

    /// <summary>The same delivery, its opdracht declaring the LVBB 1.3.0-ic transport schema (xsi:schemaLocation).</summary>
    private static List<DeliveryFile> AsLvbb130Ic(List<DeliveryFile> files) =>
    [
        .. files.Select(f => f.Name == StopDeliveryReader.OpdrachtFile ? f with { Content = Declare130Ic(f.Content) } : f),
    ];

    private static byte[] Declare130Ic(byte[] opdracht)
    {
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var document = XDocument.Parse(Encoding.UTF8.GetString(opdracht).TrimStart((char)0xFEFF));
        document.Root!.SetAttributeValue(xsi + "schemaLocation", "http://www.overheid.nl/2017/lvbb https://standaarden.overheid.nl/lvbb/1.3.0-ic/lvbb-transport.xsd");
        return Encoding.UTF8.GetBytes(document.Declaration + document.ToString(SaveOptions.DisableFormatting));
    }
}
