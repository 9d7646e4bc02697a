using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Rtr;
using ChainHarness.Engine.Steps;
using T = ChainHarness.Engine.Texts.KoppelingTexts;

namespace ChainHarness.Engine.Steps.Step08aDoorlopenCheck;

/// <summary>
/// When the loket's search does not find the werkzaamheid, look before saying why: RTR gegevens
/// (<c>werkzaamheden?datum=</c>) either links it to an activity (then the search is at fault, not F15),
/// does not (F15: not linked), or could not be asked (then nothing is claimed about the link).
/// </summary>
public static class WerkzaamheidKoppeling
{
    public static async Task<StepOutcome> NotFoundAsync(StepContext context, CheckScenario check, IReadOnlyList<GevondenWerkzaamheid> gevonden, CancellationToken cancellationToken)
    {
        var seen = gevonden.Count == 0 ? T.Nothing : T.Same(string.Join(", ", gevonden.Select(w => $"'{w.Naam}'")));
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        RestSharp.RestResponse response;
        try
        {
            response = await context.SendAsync(DsoEndpoint.Rtr, RtrRequests.Werkzaamheden(today), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            return StepOutcome.Failed(T.CouldNotLook(check.Zoekterm, seen, check.Werkzaamheid, T.NoEndpoint(ex.Message)));
        }

        if (!response.IsSuccessful)
        {
            return StepOutcome.Failed(T.CouldNotLook(check.Zoekterm, seen, check.Werkzaamheid, ResponseText.Describe(response)), ResponseText.Finding(response))
                with { Owner = ResponseText.Owner(response) };
        }

        var listed = RtrResponses.Werkzaamheden(response.Content);
        if (listed.FirstOrDefault(w => string.Equals(w.Naam, check.Werkzaamheid, StringComparison.OrdinalIgnoreCase) && w.Activiteiten > 0) is { } linked)
        {
            return StepOutcome.Failed(T.LinkedButNotFound(check.Zoekterm, seen, check.Werkzaamheid, linked.Activiteiten)) with { Owner = LikelyOwner.Omgevingsloket };
        }

        var names = listed.Count == 0 ? T.Nothing : T.Same(string.Join(", ", listed.Select(w => $"'{w.Naam}' ({w.Activiteiten})")));
        return StepOutcome.Failed(T.NotLinked(check.Zoekterm, seen, check.Werkzaamheid, RtrRequests.Date(today), names), Werkplaats.F15);
    }
}
