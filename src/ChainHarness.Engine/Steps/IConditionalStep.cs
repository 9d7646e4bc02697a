using ChainHarness.Engine.Configuration;

namespace ChainHarness.Engine.Steps;

/// <summary>A step that only applies to some profiles (10: a behandeldienst; 11: collaboration).</summary>
public interface IConditionalStep
{
    /// <summary>Null when the step applies; otherwise why it does not, in plain words.</summary>
    string? NotApplicableReason(ProfileOptions profile);
}
