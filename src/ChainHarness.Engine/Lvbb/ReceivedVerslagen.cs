using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;

namespace ChainHarness.Engine.Lvbb;

/// <summary>
/// Steps 2 and 3 where the harness cannot see the LVBB: waits until the plan software has received the final
/// verzoekresultaat (<see cref="IReceivedVerslagen"/>), checks it against the official transport XSD of
/// <c>Schemas:Lvbb13</c> (else <c>Schemas:StopTpod</c>) and reads it as a verslag.
/// </summary>
public static class ReceivedVerslagen
{
    public static async Task<VerslagWait> AwaitAsync(StepContext context, IReceivedVerslagen received, string idLevering, CancellationToken cancellationToken)
    {
        var schema = LvbbTransportSchema.For(context.Profile.Schemas.Lvbb13) ?? LvbbTransportSchema.For(context.Profile.Schemas.StopTpod);
        Bilingual? lastProblem = null;
        var poll = await context.PollAsync(
            ReceivedTexts.Waiting(idLevering, received.Source),
            async ct =>
            {
                if (await received.TryReadAsync(idLevering, ct).ConfigureAwait(false) is not { } xml)
                {
                    return null;
                }

                var verslag = VerzoekResultaatReader.Read(xml, schema, context.Time.GetUtcNow(), out lastProblem);
                return verslag;
            },
            cancellationToken).ConfigureAwait(false);
        context.Evidence.Note(
            ReceivedTexts.Note(idLevering, received.Source),
            poll.Value is { } v ? $"{v.Status}: {LvbbJson.Describe(v.Meldingen)}" + (schema is null ? ReceivedTexts.NotChecked : ReceivedTexts.Checked)
                : lastProblem ?? ReceivedTexts.NothingReceived);
        var unreadable = poll.Value is null && lastProblem is not null && !VerzoekResultaatReader.NotFinalYet(lastProblem);
        return new VerslagWait(poll.Ready || unreadable, poll.Value, poll.Elapsed, unreadable ? lastProblem : null);
    }
}
