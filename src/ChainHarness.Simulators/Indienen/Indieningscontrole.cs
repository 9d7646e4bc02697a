using ChainHarness.Engine.Loket;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Verzoeken;

namespace ChainHarness.Simulators.Indienen;

/// <summary>
/// Checks a verzoek against the indieningsvereisten of each of its activities before it may be
/// submitted: every required question answered, every required document (by bijlageType) attached.
/// </summary>
public static class Indieningscontrole
{
    public static IReadOnlyList<InvalidParam> Check(Verzoek verzoek, IIndieningsvereisten vereisten, DateOnly datum)
    {
        var errors = new List<InvalidParam>();
        var types = verzoek.Bijlagen.Select(b => b.DocumentType).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (activiteit, i) in verzoek.Gegevens.Activiteiten.Select((a, i) => (a, i)))
        {
            var bepaald = vereisten.Bepaal(activiteit.FunctioneleStructuurRef, activiteit.Specificaties, verzoek.Gegevens.Locatie, datum);
            errors.AddRange(bepaald.Vragen.Select(v => new InvalidParam(
                $"activiteiten[{i}].antwoorden", "indieningsvereiste", $"vraag '{v.Omschrijving}' ({v.Id}) van {activiteit.ActiviteitNaam} is niet beantwoord.")));
            errors.AddRange(bepaald.Documenten.Where(d => !types.Contains(d.Omschrijving)).Select(d => new InvalidParam(
                "documenten", "indieningsvereiste", $"verplicht document '{d.Omschrijving}' voor {activiteit.ActiviteitNaam} ontbreekt.")));
        }

        return errors;
    }
}
