using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// The simulated LVBB's checks, in two stages. Intake decides the verzoekresultaat (can the
/// opdracht be taken in at all?); content decides the verslag. The official Schematron runs in the
/// processing (it takes seconds: a Saxon process), not while the opdracht is taken in.
/// </summary>
public static class DeliveryValidator
{
    private static readonly IDeliveryCheck[] IntakeChecks = [new OpdrachtCheck(), new IdLeveringCheck()];

    private static readonly IDeliveryCheck[] ContentChecks =
    [
        new WellFormedCheck(), new ManifestCheck(), new PublicatieCheck(), new DatumBekendmakingCheck(),
        new OwIdCheck(), new AnnotationReferenceCheck(), new IntrekkingCheck(), new OwManifestCheck(), new MutatieBasisCheck(), new SchemaCheck(),
        new DirecteMutatieCheck(), new AfbrekenCheck(),
    ];

    public static IReadOnlyList<LvbbMelding> Intake(StopDelivery delivery, DeliveryCheckContext context) =>
        [.. IntakeChecks.SelectMany(c => c.Check(delivery, context))];

    public static IReadOnlyList<LvbbMelding> Content(StopDelivery delivery, DeliveryCheckContext context) =>
        [.. ContentChecks.SelectMany(c => c.Check(delivery, context))];

    /// <summary>The official Schematron (when the bundles and Saxon-HE are found).</summary>
    public static IReadOnlyList<LvbbMelding> Schematron(StopDelivery delivery, DeliveryCheckContext context) =>
        [.. new SchematronCheck().Check(delivery, context)];

    /// <summary>Every stage: every melding the LVBB would give on this delivery.</summary>
    public static IReadOnlyList<LvbbMelding> Validate(StopDelivery delivery, DeliveryCheckContext context) =>
        [.. Intake(delivery, context), .. Content(delivery, context), .. Schematron(delivery, context)];
}
