namespace ChainHarness.Simulators.World.Swf;

/// <summary>A request for action from one party to another: OPEN, then GEREED or INGETROKKEN.</summary>
public sealed record SwfActieverzoek(
    string Id, string VerzoekerOin, string OntvangerOin, string Omschrijving, DateOnly? Einddatum, string Status, DateTimeOffset Aangemaakt)
{
    public bool IsOpen => Status == SwfCodes.Open;
}
