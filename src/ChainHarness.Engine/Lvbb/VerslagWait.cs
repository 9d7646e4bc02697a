using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// What waiting for a verslag came to: whether the LVBB answered, the verslag if it could be read,
/// how long it took, and what the LVBB last said while there was none (<see cref="Last"/>), so the
/// cause is what was seen: still processing (F9), an unknown idLevering, an outage, a rate limit or no connection.
/// </summary>
public sealed record VerslagWait(bool Answered, LvbbVerslag? Verslag, TimeSpan Waited, Chain.Bilingual? Problem = null)
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
                null => StepOutcome.Failed(Texts.LvbbTexts.UnreadableVerslag(opdracht, idLevering, Problem)),
                { IdLevering: var other } when other != idLevering => StepOutcome.Failed(Texts.LvbbTexts.OtherLevering(opdracht, idLevering, other, Verslag.Status.ToString())) with { Owner = LikelyOwner.Lvbb },
                _ => null,
            };
        }

        var seconds = Texts.LvbbTexts.Seconds(Waited);
        return Last switch
        {
            { Offline: true } l => StepOutcome.Failed(Texts.LvbbTexts.VerslagOffline(opdracht, idLevering, seconds, l.Seen)) with { Owner = LikelyOwner.OwnNetwork },
            { Status: >= 500 } l => StepOutcome.Failed(Texts.LvbbTexts.VerslagOutage(opdracht, idLevering, seconds, l.Seen)) with { Owner = LikelyOwner.Lvbb },
            { Status: 429 } l => StepOutcome.Failed(Texts.LvbbTexts.VerslagRateLimited(opdracht, idLevering, seconds, l.Seen)) with { Owner = LikelyOwner.Lvbb },
            { Status: 0 } l => StepOutcome.Failed(Texts.LvbbTexts.VerslagNoAnswer(opdracht, idLevering, seconds, l.Seen)) with { Owner = LikelyOwner.Lvbb },
            { UnknownOpdracht: true } l => StepOutcome.Failed(Texts.LvbbTexts.VerslagUnknownOpdracht(opdracht, idLevering, l.Seen)) with { Owner = LikelyOwner.PlanSoftware },
            // A 404 typed 'in verwerking' says what the cause says: its status is quoted, not the LVBB's own words (in its
            // language). A bare 404 is read the same way (the contract's GUESS), with its words, which may say otherwise.
            { Status: 404 } l => StepOutcome.Failed(Texts.LvbbTexts.NoVerslag(opdracht, idLevering, seconds, l.InVerwerking ? Texts.NetworkTexts.Answered(404, "Not Found", null) : l.Seen), Werkplaats.F9),
            null => StepOutcome.Failed(Texts.LvbbTexts.NoVerslag(opdracht, idLevering, seconds), Werkplaats.F9),
            { } l => StepOutcome.Failed(Texts.LvbbTexts.VerslagOther(opdracht, idLevering, seconds, l.Seen)),
        };
    }
}
