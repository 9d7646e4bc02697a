
namespace ChainHarness.Engine.Configuration;

/// <summary>A Dutch postal address. Two addresses are the same when they differ only in case and spacing.</summary>
public sealed record Postadres(string Straat, string Huisnummer, string Postcode, string Woonplaats)
{
    public bool SameAs(Postadres other) =>
        Norm(Straat) == Norm(other.Straat) && Norm(Huisnummer) == Norm(other.Huisnummer)
        && Norm(Postcode) == Norm(other.Postcode) && Norm(Woonplaats) == Norm(other.Woonplaats);

    public override string ToString() => $"{Straat} {Huisnummer}, {Postcode} {Woonplaats}";

    private static string Norm(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
