namespace ChainHarness.Simulators.Verzoeken;

/// <summary>A Dutch postal address, as an aanvraag carries the applicant's correspondence address.</summary>
public sealed record Adres(string Straat, string Huisnummer, string Postcode, string Woonplaats)
{
    public override string ToString() => $"{Straat} {Huisnummer}, {Postcode} {Woonplaats}";
}
