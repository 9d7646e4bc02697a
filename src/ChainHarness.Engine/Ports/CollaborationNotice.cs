namespace ChainHarness.Engine.Ports;

/// <summary>A notification from the Samenwerkfunctionaliteit, as the receiving system saw it.</summary>
/// <param name="Type">e.g. <c>ACTIEVERZOEK_GEREED</c>.</param>
/// <param name="ObjectId">The actieverzoek or document it is about, when it is about one.</param>
public sealed record CollaborationNotice(string Type, string SamenwerkingId, string? ObjectId)
{
    public const string ActieverzoekGereed = "ACTIEVERZOEK_GEREED";
}
