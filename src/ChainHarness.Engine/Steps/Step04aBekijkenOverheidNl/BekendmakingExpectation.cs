using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Engine.Steps.Step04aBekijkenOverheidNl;

/// <summary>
/// What the bekendmaking of the besluit must say, from what step 1 delivered (bekendmakingen-sru.md): the
/// organisation as <c>dcterms:creator</c> ("Testdorp", not "Gemeente Testdorp"), the journal of its tier
/// (<c>publicatienaam</c>: Gemeenteblad for a gemeente) and an identifier of that journal and year
/// (<c>gmb-2026-…</c>), the datumBekendmaking of the opdracht as publicatiedatum (<c>available</c>, else
/// <c>date</c>) and the besluit's official title. A field is null when the delivery does not say it.
/// </summary>
public sealed record BekendmakingExpectation(string Creator, string Blad, string? IdentifierPrefix, string? Datum, string? Titel)
{
    /// <summary>The expectation for <paramref name="besluitWorkId"/> as step 1 delivered it (<paramref name="planDelivery"/>, when captured), published by <paramref name="municipality"/>.</summary>
    public static BekendmakingExpectation From(PlanDelivery? planDelivery, string? besluitWorkId, MunicipalityOptions municipality)
    {
        var delivery = planDelivery is { } d ? StopDeliveryReader.TryRead(d.Zip, out _) : null;
        var code = (besluitWorkId is { } work ? AknIds.BevoegdGezagOf(work) : null) ?? municipality.Code;
        var (blad, prefix) = Bestuurslaag.Of(code) switch
        {
            Bestuurslaag.Gemeente => ("Gemeenteblad", "gmb"),
            Bestuurslaag.Provincie => ("Provinciaal blad", "prb"),
            Bestuurslaag.Waterschap => ("Waterschapsblad", "wsb"),
            _ => ("Staatscourant", "stcrt"),
        };
        var datum = delivery?.Opdracht?.DatumBekendmaking;
        return new BekendmakingExpectation(
            code == municipality.Code ? municipality.Name : code,
            blad,
            datum is { Length: >= 4 } ? $"{prefix}-{datum[..4]}-" : $"{prefix}-",
            datum,
            delivery?.Besluit?.OfficieleTitel);
    }

    /// <summary>Every field of <paramref name="record"/> that differs from this expectation, in words; empty when it matches.</summary>
    public IReadOnlyList<Bilingual> Differences(SruRecord record)
    {
        var differences = new List<Bilingual>();
        if (!SameOrganisation(record.Creator))
        {
            differences.Add(Texts.BekendmakingTexts.Field("dcterms:creator", Creator, record.Creator));
        }

        if (!string.Equals(record.Publicatienaam?.Trim(), Blad, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add(Texts.BekendmakingTexts.Field("publicatienaam", Blad, record.Publicatienaam));
        }

        if (IdentifierPrefix is { } prefix && !record.Identifier.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add(Texts.BekendmakingTexts.Field("dcterms:identifier", prefix + "…", record.Identifier));
        }

        var published = record.Available ?? record.Date;
        if (Datum is { } datum && !string.Equals(Day(published), Day(datum), StringComparison.Ordinal))
        {
            differences.Add(Texts.BekendmakingTexts.Field(record.Available is null ? "dcterms:date" : "dcterms:available", datum, published));
        }

        if (Titel is { } titel && !string.Equals(Words(record.Title), Words(titel), StringComparison.OrdinalIgnoreCase))
        {
            differences.Add(Texts.BekendmakingTexts.Field("dcterms:title", titel, record.Title));
        }

        return differences;
    }

    private bool SameOrganisation(string? creator)
    {
        var seen = Words(creator);
        foreach (var tier in new[] { "gemeente ", "provincie ", "waterschap " })
        {
            if (seen.StartsWith(tier, StringComparison.OrdinalIgnoreCase))
            {
                seen = seen[tier.Length..];
            }
        }

        return string.Equals(seen, Words(Creator), StringComparison.OrdinalIgnoreCase);
    }

    private static string Day(string? date) => date is { Length: >= 10 } ? date[..10] : date ?? "";

    private static string Words(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
