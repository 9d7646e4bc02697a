using ChainHarness.Simulators.World;
using System.Globalization;
using System.Text;

namespace ChainHarness.Simulators.Bekendmakingen;

/// <summary>
/// Whether a publication matches one CQL clause, per index as public clients describe them ([seen]):
/// <c>dt.identifier</c> (<c>==</c> exact, <c>=</c> whole tokens), <c>dt.creator</c> (<c>=</c> case- and
/// accent-insensitive containment), <c>dt.type</c>, <c>w.publicatienaam</c>, <c>w.organisatietype</c>,
/// <c>c.product-area</c>, the date indexes with ranges, and full text (<c>cql.textAndIndexes</c>; which
/// fields it covers is [guess]). Null: the index is not known here.
/// </summary>
public static class CqlMatch
{
    public static bool? Matches(Bekendmaking b, CqlClause clause) => clause.Index.ToLowerInvariant() switch
    {
        "c.product-area" => Same(clause.Term, "officielepublicaties"),
        "dt.identifier" => clause.Relation == "==" ? b.Identificatie == clause.Term : Same(b.Identificatie, clause.Term) || b.Identificatie.StartsWith(clause.Term + "-", StringComparison.OrdinalIgnoreCase),
        "dt.creator" => clause.Relation == "==" ? b.Organisatie == clause.Term : Fold(b.Organisatie).Contains(Fold(clause.Term), StringComparison.Ordinal),
        "dt.type" or "w.publicatienaam" => Same(b.Publicatieblad, clause.Term),
        "w.organisatietype" => Same(OrganisatieType(b.Publicatieblad), clause.Term),
        "w.jaargang" => b.DatumBekendmaking.StartsWith(clause.Term, StringComparison.Ordinal),
        "dt.date" or "dt.available" or "dt.issued" or "dt.modified" => Compare(b.DatumBekendmaking, clause),
        "cql.textandindexes" or "cql.anywhere" or "cql.serverchoice" => FullText(b).Contains(Fold(clause.Term), StringComparison.Ordinal),
        _ => null,
    };

    private static bool Compare(string date, CqlClause clause)
    {
        var order = string.CompareOrdinal(date, clause.Term.Length >= 10 ? clause.Term[..10] : clause.Term);
        return clause.Relation switch
        {
            ">=" => order >= 0,
            "<=" => order <= 0,
            ">" => order > 0,
            "<" => order < 0,
            _ => order == 0,
        };
    }

    private static string OrganisatieType(string blad) => blad switch
    {
        "Gemeenteblad" => "gemeente",
        "Provinciaal blad" => "provincie",
        "Waterschapsblad" => "waterschap",
        _ => "ministerie",
    };

    private static string FullText(Bekendmaking b) => Fold(string.Join(' ', b.Identificatie, b.Titel, b.Besluit, b.BesluitExpressie, b.Organisatie));

    private static bool Same(string a, string b) => string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).ToLowerInvariant();
    }
}
