namespace ChainHarness.Simulators.Aanleveren;

/// <summary>
/// A delivery refused by Toepasbare regels aanleveren, with its melding code (TRA-xxx, our design)
/// and a plain description; becomes a SOAP fault.
/// </summary>
public sealed class AanleverException : Exception
{
    private AanleverException(string code, string message)
        : base(message) => Code = code;

    public string Code { get; }

    public static AanleverException SoapAction(string? seen) =>
        new("TRA-001", $"The SOAPAction header is '{seen ?? "(missing)"}'; expected '{AanleverSoap.SoapAction}'.");

    public static AanleverException Envelope(string problem) => new("TRA-002", $"The SOAP request cannot be read: {problem}.");

    public static AanleverException Zip(string problem) => new("TRA-003", $"The delivery ZIP cannot be read: {problem}.");

    public static AanleverException Manifest(string problem) => new("TRA-004", $"The manifest does not match the ZIP: {problem}.");

    public static AanleverException Opdracht(string problem) => new("TRA-005", $"opdrachtAanleverenToepasbareRegels.xml is not valid: {problem}.");

    public static AanleverException Dmn(string file, string problem) => new("TRA-006", $"{file} is not a DMN file the RTR can store: {problem}");

    public static AanleverException ActivityUnknown(string file, string activity) =>
        new("TRA-010", $"{file} is for activity {activity}, which the RTR does not know.");

    public static AanleverException LocationUnknown(string file, string location) =>
        new("TRA-011", $"{file} refers to location {location}, which Ozon does not know.");

    public static AanleverException BegindatumMissing(string file) =>
        new("TRA-012", $"{file} has no geldigBegindatum in the opdracht; the RTR cannot tell from when the rules apply.");
}
