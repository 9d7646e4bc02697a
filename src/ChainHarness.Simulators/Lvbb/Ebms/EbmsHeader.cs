namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>What an ebMS 2.0 MessageHeader and Manifest say: who to whom, under which CPA and conversation, which service and action, which payloads.</summary>
public sealed record EbmsHeader(
    string From,
    string To,
    string CpaId,
    string ConversationId,
    string Service,
    string Action,
    string MessageId,
    string? RefToMessageId,
    IReadOnlyList<string> ManifestContentIds)
{
    public bool AckRequested { get; init; }
}
