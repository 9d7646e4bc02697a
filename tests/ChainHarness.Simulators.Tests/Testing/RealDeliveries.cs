using System.Globalization;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.Lvbb.Schemas;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests.Testing;

/// <summary>
/// Geonovum's real LVBB test deliveries in <c>shared/reference/lvbb-test-deliveries</c> (read, never
/// copied). Tests that use them are skipped with a reason when the folder is absent.
/// </summary>
internal static class RealDeliveries
{
    /// <summary>Every publicatieOpdracht among them (the afbreken and directe-mutatie ones are other LVBB services).</summary>
    public static readonly string[] Publicaties =
    [
        "OmgevingsvisieDirectMuteren/1_Besluit",
        "TBO_Testeiland13/1_Initieel_Besluit",
        "TBO_Testeiland13/2_Wijzigingsbesluit",
        "Ontwerptests/1_initieel",
        "Ontwerptests/2_kennisgeving_voegstappentoe",
        "Ontwerptests/4_kennisgeving_verwijderstappen",
        "Sanity-check-testeiland/1_Initieel_Besluit",
        "Sanity-check-testeiland/1_Initieel_BesluitZonderActiviteiten",
        "Sanity-check-testeiland/2_Wijzigingsbesluit",
        "Sanity-check-testeiland/5_KennisgevingOpWijzigingsbesluit",
        "Intrekking_TijdelijkRegelingDeel/001a_initieel_JWV verleden",
        "Intrekking_TijdelijkRegelingDeel/001b_intrekking_JWV verleden",
    ];

    /// <summary>Every delivery folder: the publicaties, the directe mutatie and the afbreken ones.</summary>
    public static readonly string[] All =
    [
        .. Publicaties,
        "Sanity-check-testeiland/7_DirecteMutatie",
        "Sanity-check-testeiland/8_Afbreken",
        "TBO_Testeiland13/4_Afbreken",
    ];

    /// <summary>The ones with OW objects that refer to each other.</summary>
    public static readonly string[] WithOwReferences =
    [
        "OmgevingsvisieDirectMuteren/1_Besluit",
        "TBO_Testeiland13/1_Initieel_Besluit",
        "Ontwerptests/1_initieel",
        "Sanity-check-testeiland/1_Initieel_Besluit",
        "Sanity-check-testeiland/1_Initieel_BesluitZonderActiviteiten",
        "Intrekking_TijdelijkRegelingDeel/001a_initieel_JWV verleden",
        "Intrekking_TijdelijkRegelingDeel/001b_intrekking_JWV verleden",
    ];

    public static List<DeliveryFile> Load(string folder) =>
        [.. DeliveryZip.ReadFolder(SharedReference.RequireFolder(Path.Combine("lvbb-test-deliveries", folder)))];

    /// <summary>Checks as of the day before the delivery's own datumBekendmaking, so "not in the past" holds.</summary>
    public static DeliveryCheckContext AsOfItsDate(List<DeliveryFile> files) => new() { Today = DayBefore(files) };

    public static DateOnly DayBefore(List<DeliveryFile> files) =>
        DateOnly.ParseExact(StopDeliveryReader.Read(files).Opdracht!.DatumBekendmaking!, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1);

    public static string Schemas => SharedReference.RequireFolder("stop-tpod-schemas-lvbb-1.2.0");

    /// <summary>Both official bundles of shared/reference, XSD and Schematron; the test is inconclusive without Saxon-HE.</summary>
    public static OfficialValidation Official()
    {
        var bundles = SchemaBundles.In(SharedReference.RequireFolder("."));
        Assert.That(bundles, Has.Count.EqualTo(2), "both official bundles are in shared/reference");
        var official = OfficialValidation.Of(bundles, "shared/reference");
        if (!official.RunsSchematron)
        {
            Assert.Inconclusive(official.Statement.English);
        }

        return official;
    }
}
