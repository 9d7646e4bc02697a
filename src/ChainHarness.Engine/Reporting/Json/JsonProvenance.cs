using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Reporting.Json;

/// <summary>The run's provenance: the summary in the verdict, every part with its source, and the LVBB's validation.</summary>
public sealed record JsonProvenance(Bilingual Summary, bool FullySimulated, IReadOnlyList<JsonPart> Parts, JsonValidation? Validation)
{
    public static JsonProvenance From(RunProvenance p) => new(
        new Bilingual(p.SummaryDutch, p.SummaryEnglish),
        p.FullySimulated,
        [.. p.Parts.Select(x => new JsonPart(x.Name, x.Municipal, x.Source.ToString()))],
        p.Validation is { } v ? new JsonValidation(v.Official, new Bilingual(v.Dutch, v.English)) : null);
}
