using ChainHarness.Simulators.World;
using System.Globalization;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>datumBekendmaking is a date and does not lie in the past (the LVBB's own LVBB1501). "Today" is the world's.</summary>
internal sealed class DatumBekendmakingCheck : IDeliveryCheck
{
    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if (delivery.Opdracht?.DatumBekendmaking is not { Length: > 0 } text)
        {
            yield break;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            yield return Meldingen.Fout(MeldingCodes.DatumOngeldig, "opdracht", $"datumBekendmaking '{text}' is geen datum (jjjj-mm-dd).");
        }
        else if (date < context.Today)
        {
            yield return Meldingen.Fout(
                MeldingCodes.DatumBekendmakingInVerleden,
                "opdracht",
                $"datumBekendmaking {date:yyyy-MM-dd} ligt in het verleden (vandaag is {context.Today:yyyy-MM-dd}).");
        }
    }
}
