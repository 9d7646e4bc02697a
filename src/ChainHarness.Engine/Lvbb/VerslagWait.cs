using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// What waiting for a verslag came to: whether the LVBB answered, the verslag if it could be read,
/// how long it took, and what the LVBB last said while there was none (<see cref="Last"/>), so the
/// cause is what was seen: still processing (F9), an unknown idLevering, an outage, a rate limit or no connection.
/// </summary>
public sealed record VerslagWait(bool Answered, LvbbVerslag? Verslag, TimeSpan Waited)
{
    /// <summary>The last answer while there was no verslag; null when the first one was the verslag.</summary>
    public LastAnswer? Last { get; init; }

    /// <summary>The failed outcome when there is no readable verslag; null when there is one.</summary>
    public StepOutcome? Missing(string opdracht, string idLevering)
    {
        if (Answered)
        {
            return Verslag switch
            {
                null => StepOutcome.Failed($"The LVBB's verslag on {opdracht} {idLevering} cannot be read."),
                { IdLevering: var other } when other != idLevering => StepOutcome.Failed(
                    $"The LVBB answered the request for the verslag on {opdracht} {idLevering} with the verslag of another levering ({other}, status {Verslag.Status}): it does not belong to this opdracht, so it says nothing about it.") with { Owner = LikelyOwner.Lvbb },
                _ => null,
            };
        }

        var seconds = $"{Waited.TotalSeconds:0.#} s";
        return Last switch
        {
            { Offline: true } l => StepOutcome.Failed($"The LVBB could not be reached for the verslag on {opdracht} {idLevering}: for {seconds} it {l.Seen}. This side is offline (no network, or the name is not known); the LVBB was not seen to be stuck.") with { Owner = LikelyOwner.OwnNetwork },
            { Status: >= 500 } l => StepOutcome.Failed($"The LVBB is out of order: for {seconds} the verslag on {opdracht} {idLevering} was asked and it {l.Seen}. An outage, not an opdracht stuck in processing.") with { Owner = LikelyOwner.Lvbb },
            { Status: 429 } l => StepOutcome.Failed($"The LVBB limited the requests for the verslag on {opdracht} {idLevering}: for {seconds} it {l.Seen} (rate limited, not stuck in processing).") with { Owner = LikelyOwner.Lvbb },
            { Status: 0 } l => StepOutcome.Failed($"The LVBB did not answer the request for the verslag on {opdracht} {idLevering} in time: for {seconds} it {l.Seen}.") with { Owner = LikelyOwner.Lvbb },
            { UnknownOpdracht: true } l => StepOutcome.Failed($"The LVBB does not know {opdracht} {idLevering}: it {l.Seen}. The opdracht never reached the LVBB under this idLevering; it is not stuck in processing.") with { Owner = LikelyOwner.PlanSoftware },
            { Status: 404 } or null => StepOutcome.Failed($"The LVBB gave no verslag on {opdracht} {idLevering} within {seconds}: it has the opdracht and it is still in processing{(Last is { } l ? $" (it {l.Seen})" : "")}.", Werkplaats.F9),
            { } l => StepOutcome.Failed($"The LVBB gave no verslag on {opdracht} {idLevering} within {seconds}: it {l.Seen}."),
        };
    }
}
