using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Steps;

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
        string? lastProblem = null;
        var poll = await context.PollAsync(
            $"the verzoekresultaat on {idLevering} in {received.Source}",
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
            $"The verzoekresultaat on {idLevering} as the plan software received it ({received.Source})",
            poll.Value is { } v ? $"{v.Status}: {LvbbJson.Describe(v.Meldingen)}" + (schema is null ? " (not checked against the official XSD: set Schemas:Lvbb13)" : " (valid against the official lvbb-transport.xsd)")
                : lastProblem ?? "nothing received");
        var unreadable = poll.Value is null && lastProblem is not null && !lastProblem.StartsWith(VerzoekResultaatReader.OnlyVoortgang, StringComparison.Ordinal);
        return new VerslagWait(poll.Ready || unreadable, poll.Value, poll.Elapsed, unreadable ? lastProblem : null);
    }
}
