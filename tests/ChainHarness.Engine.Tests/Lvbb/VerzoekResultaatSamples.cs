namespace ChainHarness.Engine.Tests.Lvbb;

/// <summary>Verzoekresultaten written by hand from the LVBB transport XSD (1.3.0-ic), as a plan software would receive them.</summary>
internal static class VerzoekResultaatSamples
{
    public static string Publicatie(string stand, string value, string ernst = "informatie", string code = "DL-0003") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <publicatieVerzoekResultaat xmlns="http://www.overheid.nl/2017/lvbb" xmlns:stop="http://www.overheid.nl/2017/stop">
          <uitkomst>{(value is "niet-valide" ? "mislukt" : "succes")}</uitkomst>
          <verslag>
            <idLevering>gm9999-plan-1</idLevering>
            <tijdstipVerslag>2026-03-02T10:00:05Z</tijdstipVerslag>
            <meldingen>
              <melding>
                <stop:code>{code}</stop:code>
                <stop:ernst>{ernst}</stop:ernst>
                <stop:soort>inhoudelijk</stop:soort>
                <stop:beschrijving>Datum bekendmaking 2026-03-01 moet in de toekomst liggen</stop:beschrijving>
              </melding>
            </meldingen>
            <{stand}>{value}</{stand}>
          </verslag>
        </publicatieVerzoekResultaat>
        """;
}
