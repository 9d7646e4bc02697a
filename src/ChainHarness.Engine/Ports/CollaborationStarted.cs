namespace ChainHarness.Engine.Ports;

/// <summary>What the case system reports after starting a samenwerking; <see cref="Problem"/> says why it could not.</summary>
public sealed record CollaborationStarted(string? SamenwerkingId, string? ActieverzoekId, string? Problem = null)
{
    public static CollaborationStarted Failed(string problem) => new(null, null, problem);
}
