using ChainHarness.Simulators.World;
using System.Text.RegularExpressions;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>Intake: the idLevering has at most 80 characters of <c>[0-9A-Za-z_-]</c> and this bevoegd gezag has not used it before.</summary>
internal sealed partial class IdLeveringCheck : IDeliveryCheck
{
    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if (delivery.Opdracht is not { IdLevering: { Length: > 0 } id } opdracht)
        {
            yield break;
        }

        if (!Pattern().IsMatch(id))
        {
            yield return Meldingen.Fout(MeldingCodes.IdLeveringPatroon, "opdracht", $"idLevering '{id}' moet 1 tot 80 tekens uit 0-9, A-Z, a-z, _ en - zijn.");
        }
        else if (opdracht.IdBevoegdGezag is { } bg && context.IdLeveringUsed(bg, id))
        {
            yield return Meldingen.Fout(MeldingCodes.IdLeveringAlGebruikt, "opdracht", $"idLevering '{id}' is al gebruikt door bevoegd gezag {bg}; elke opdracht heeft een nieuwe nodig.");
        }
    }

    [GeneratedRegex("^[0-9A-Za-z_-]{1,80}$")]
    private static partial Regex Pattern();
}
