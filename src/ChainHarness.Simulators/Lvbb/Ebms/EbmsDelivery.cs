namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>One answer message the LVBB sent: to whom, which action, and the HTTP status it got (or the error when it got none).</summary>
public sealed record EbmsDelivery(string To, string ConversationId, string Action, string Stand, int? Status, string? Error);
