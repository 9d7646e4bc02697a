using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.Verzoeken;
using ChainHarness.Simulators.World;
using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.Uitvoeren;

/// <summary>
/// Evaluates a delivered rule set for real (the DMN evaluator) at a location: questions about a
/// location (geoVerwijzing) are answered from the OW locaties Ozon holds; a document the rules ask
/// for (bijlage) is noted and taken as supplied, so every required document is found; the other
/// open questions go back to the asker. No conclusion from the rules means NeemContactOpMet; rules that
/// cannot be evaluated (a FEEL type mismatch, a UNIQUE overlap) give an evaluation error instead.
/// </summary>
public sealed class RegelEvaluatie(SimulatedWorld world)
{
    public const string NeemContactOpMet = "NeemContactOpMet";
    public const string NietVanToepassing = "NietVanToepassing";

    /// <summary>Rounds of answering location questions and documents before giving up (rules that keep asking).</summary>
    private const int MaxRounds = 100;

    public RegelUitkomst Bepaal(ToepasbareRegel regel, string functioneleStructuurRef, IReadOnlyList<Specificatie> antwoorden, RdPunt locatie)
    {
        var punt = new Point(locatie.X, locatie.Y);
        var activiteit = world.Ozon.FindActivity(regel.ActiviteitId);
        if (activiteit is not null && !activiteit.LocationIds.Any(id => Covers(id, punt)))
        {
            return new RegelUitkomst([], [], NietVanToepassing, []);
        }

        var answers = new DmnAnswers();
        foreach (var a in antwoorden)
        {
            answers.Add(a.VraagId, a.Antwoord);
        }

        var decision = regel.Model.FindDecision(functioneleStructuurRef) is null ? null : functioneleStructuurRef;
        var documenten = new List<Vereiste>();
        var genoemd = new[] { new LoketActiviteit(regel.ActiviteitId, activiteit?.Naam ?? regel.Model.Name) };
        for (var round = 0; round < MaxRounds; round++)
        {
            var evaluation = DmnEvaluator.Evaluate(regel.Model, answers, decision);
            if (evaluation.Status == DmnEvaluationStatus.Failed)
            {
                return new RegelUitkomst(genoemd, [], null, documenten, evaluation.Problem ?? evaluation.DecisionName);
            }

            if (evaluation.Status != DmnEvaluationStatus.NeedsAnswers)
            {
                return new RegelUitkomst(genoemd, [], evaluation.Conclusions.FirstOrDefault() ?? NeemContactOpMet, documenten);
            }

            var automatic = evaluation.OpenQuestions.Where(q => q.Soort is SttrRegelSoort.GeoVerwijzing or SttrRegelSoort.Bijlage).ToList();
            if (automatic.Count == 0)
            {
                var vragen = evaluation.OpenQuestions.Select(q => new OpenRegelVraag(q.UitvoeringsregelId ?? q.InputId, q.Tekst ?? q.InputName, q.GegevensType, q.Opties));
                return new RegelUitkomst(genoemd, [.. vragen], null, documenten);
            }

            foreach (var q in automatic)
            {
                var supplied = q.Soort == SttrRegelSoort.Bijlage || (q.LocatieId is { } id && Covers(id, punt));
                if (q.Soort == SttrRegelSoort.Bijlage)
                {
                    documenten.Add(new Vereiste(q.UitvoeringsregelId ?? q.InputId, q.Tekst ?? q.InputName));
                }

                answers.Add(q.InputId, supplied ? "true" : "false");
            }
        }

        return new RegelUitkomst(genoemd, [], NeemContactOpMet, documenten);
    }

    private bool Covers(string locatieId, Point punt) => world.Ozon.FindLocation(locatieId)?.Geometry.Covers(punt) == true;
}
