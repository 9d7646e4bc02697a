using ChainHarness.Engine.Diagnostics;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Schemas;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// With the official bundles and Saxon-HE: the official STOP/LVBB Schematron on the STOP and LVBB
/// files of the delivery (opdracht, manifest, besluit or kennisgeving, GIO), with the official
/// codes (BHKVnnnn, STOPnnnn), ernst and text. Not on OW files: no official Schematron covers them.
/// </summary>
internal sealed class SchematronCheck : IDeliveryCheck
{
    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if (context.Official?.SchematronFor(delivery) is not { } schematron)
        {
            return [];
        }

        var files = delivery.Files.Where(f => f.IsXml && !delivery.Unreadable.ContainsKey(f.Name) && IsStop(f)).ToList();
        StartupTrace.Mark("lvbb: official Schematron ready");
        var findings = schematron.Validate(files).Select(ToMelding).ToList();
        StartupTrace.Mark("lvbb: official Schematron run");
        return findings;
    }

    private static LvbbMelding ToMelding(SchematronFinding finding) => new(
        finding.Code,
        finding.Ernst switch
        {
            "fout" => MeldingErnst.Fout,
            "waarschuwing" => MeldingErnst.Waarschuwing,
            "ontraden" => MeldingErnst.Ontraden,
            _ => MeldingErnst.Informatie,
        },
        "schematron",
        $"{finding.File}: {finding.Melding}");

    private static bool IsStop(DeliveryFile file)
    {
        var ns = SafeXml.TryLoad(file.Content, out _)?.Root?.Name.Namespace;
        return ns == StopNamespaces.Lvbb || ns == StopNamespaces.Aanlevering || ns == StopNamespaces.Geo;
    }
}
