using System.Globalization;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Protocols;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Lvbb.Checks;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Lvbb;

/// <summary>
/// What the simulated LVBB does on a breekPublicatieAfOpdracht. The simulator hands a publication to Ozon and
/// officielebekendmakingen.nl at once; until its datumBekendmaking has come it is still "in progress" and can be
/// broken off: the world goes back to just before it (its bekendmaking gone, so its number unused; Ozon's regeling,
/// texts, activities, locations and annotations as they were). Refused, with the LVBB's own codes, when the besluit
/// has no publication here (LVBB1551), another bevoegd gezag published it (LVBB1568), its datumBekendmaking is not in
/// the future (LVBB1553), or a later publication or directe mutatie built on it (LVBB1558; the simulator can only
/// undo the latest change, contracts/lvbb GUESS).
/// </summary>
internal static class LvbbAfbreker
{
    private const string Soort = "afbreken";

    /// <summary>The meldingen of the attempt: a fout when it was refused, else one informatie naming what was withdrawn.</summary>
    public static IReadOnlyList<LvbbMelding> BreakOff(SimulatedWorld world, LvbbOpdracht opdracht)
    {
        var akn = opdracht.Delivery.Opdracht?.Identificatie ?? "";
        lock (world.Lvbb.PublicationGate)
        {
            if (world.Lvbb.FindPublication(akn) is not { } target)
            {
                return [Meldingen.Fout(MeldingCodes.AfbrekenAknBestaatNiet, Soort, $"De LVBB heeft geen publicatie van besluit {akn} om af te breken.")];
            }

            if (target.IdBevoegdGezag != opdracht.IdBevoegdGezag)
            {
                return [Meldingen.Fout(MeldingCodes.AfbrekenAnderBevoegdGezag, Soort, $"Besluit {akn} is gepubliceerd voor bevoegd gezag {target.IdBevoegdGezag}, niet voor {opdracht.IdBevoegdGezag}.")];
            }

            var datum = target.Delivery.Opdracht?.DatumBekendmaking ?? "";
            if (!DateOnly.TryParseExact(datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date <= world.Today)
            {
                return [Meldingen.Fout(MeldingCodes.AfbrekenDatumVerstreken, Soort, $"De datum bekendmaking {datum} van besluit {akn} ligt niet in de toekomst (vandaag is {world.Today:yyyy-MM-dd}); de publicatie is niet meer af te breken.")];
            }

            if (world.Lvbb.LastChange is { } later && later != target)
            {
                return [Meldingen.Fout(MeldingCodes.AfbrekenLaterGebruikt, Soort, $"Na besluit {akn} veranderde opdracht {later.IdLevering} ({later.Soort}) de regeling al; de publicatie is niet meer af te breken.")];
            }

            world.Lvbb.Undo(target);
            var bekendmaking = target.Verslag?.Publicatie?.Bekendmaking;
            return [new LvbbMelding("CHS-AFB-00", MeldingErnst.Informatie, Soort, $"De publicatie van besluit {akn} (opdracht {target.IdLevering}{(bekendmaking is null ? "" : $", {bekendmaking}")}) is afgebroken en ingetrokken.")];
        }
    }
}
