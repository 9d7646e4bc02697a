using ChainHarness.Simulators.World;
using ChainHarness.Engine.Diagnostics;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>
/// With the official bundles: every well-formed XML file is valid against the official XSD of the
/// bundle the delivery declares. The XSD's own messages, with the true count of errors per file.
/// The LVBB's code for an XSD violation is not published, so the code is ours (CHS-XSD-01).
/// </summary>
internal sealed class SchemaCheck : IDeliveryCheck
{
    private const int ShownPerFile = 3;

    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if ((context.Schemas ?? context.Official?.XsdFor(delivery)) is not { } schemas)
        {
            yield break;
        }

        StartupTrace.Mark("lvbb: official XSD ready");

        foreach (var file in delivery.Files.Where(f => f.IsXml && !delivery.Unreadable.ContainsKey(f.Name)))
        {
            var result = schemas.Validate(file);
            if (result.Total > 0)
            {
                var more = result.Total > ShownPerFile ? $" (en nog {result.Total - ShownPerFile})" : "";
                yield return Meldingen.Fout(MeldingCodes.SchemaOngeldig, "schema", $"{file.Name} is niet geldig volgens zijn XSD ({result.Total} fouten): {string.Join("; ", result.Errors.Take(ShownPerFile))}{more}");
            }
        }

        StartupTrace.Mark("lvbb: official XSD validated");
    }
}
