using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>With a schema bundle configured: every well-formed XML file is valid against the official XSDs.</summary>
internal sealed class SchemaCheck : IDeliveryCheck
{
    private const int ShownPerFile = 3;

    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if (context.Schemas is not { } schemas)
        {
            yield break;
        }

        foreach (var file in delivery.Files.Where(f => f.IsXml && !delivery.Unreadable.ContainsKey(f.Name)))
        {
            var errors = schemas.Validate(file);
            if (errors.Count > 0)
            {
                var more = errors.Count > ShownPerFile ? $" (and {errors.Count - ShownPerFile} more)" : "";
                yield return Meldingen.Fout(MeldingCodes.SchemaOngeldig, "schema", $"{file.Name} is not valid against its XSD: {string.Join("; ", errors.Take(ShownPerFile))}{more}");
            }
        }
    }
}
