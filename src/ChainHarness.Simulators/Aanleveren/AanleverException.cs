namespace ChainHarness.Simulators.Aanleveren;

/// <summary>
/// A delivery refused by Toepasbare regels aanleveren, with its melding code (TRA-xxx, our design)
/// and a plain description in Dutch (as the real service's meldingen); becomes a SOAP fault.
/// </summary>
public sealed class AanleverException : Exception
{
    private AanleverException(string code, string message)
        : base(message) => Code = code;

    public string Code { get; }

    public static AanleverException SoapAction(string? seen) =>
        new("TRA-001", $"De SOAPAction-header is '{seen ?? "(ontbreekt)"}'; verwacht '{AanleverSoap.SoapAction}'.");

    public static AanleverException Envelope(string problem) => new("TRA-002", $"Het SOAP-verzoek is niet te lezen: {problem}.");

    public static AanleverException Zip(string problem) => new("TRA-003", $"De ZIP met de levering is niet te lezen: {problem}.");

    public static AanleverException Manifest(string problem) => new("TRA-004", $"Het manifest past niet bij de ZIP: {problem}.");

    public static AanleverException Opdracht(string problem) => new("TRA-005", $"opdrachtAanleverenToepasbareRegels.xml is niet geldig: {problem}.");

    public static AanleverException Dmn(string file, string problem) => new("TRA-006", $"{file} is geen DMN-bestand dat de RTR kan opslaan: {problem}");

    public static AanleverException ActivityUnknown(string file, string activity) =>
        new("TRA-010", $"{file} is voor activiteit {activity}, die de RTR niet kent.");

    public static AanleverException LocationUnknown(string file, string location) =>
        new("TRA-011", $"{file} verwijst naar locatie {location}, die Ozon niet kent.");

    public static AanleverException BegindatumMissing(string file) =>
        new("TRA-012", $"{file} heeft geen geldigBegindatum in de opdracht; de RTR kan niet bepalen vanaf wanneer de regels gelden.");
}
