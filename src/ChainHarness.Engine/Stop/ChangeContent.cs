using ChainHarness.Engine.Texts;
using ChainHarness.Engine.Chain;

namespace ChainHarness.Engine.Stop;

/// <summary>
/// What one change (a delivery) carries, so later steps can check it arrived: the juridische regels it
/// delivers as current with their activities and locations, the OW objects it ends (<c>beëindigen</c>),
/// and what its besluit does to the regeling's text (articles added, replaced, withdrawn).
/// </summary>
public sealed record ChangeContent(
    IReadOnlyList<OwRule> Rules,
    IReadOnlyList<string> ActivityIds,
    IReadOnlyList<string> LocationIds,
    IReadOnlyList<OwObject> Ended,
    IReadOnlyList<TekstMutatie> Mutaties)
{
    /// <summary>The OW types that are a location (werkingsgebied).</summary>
    public static IReadOnlyList<string> LocationTypes { get; } = ["Gebied", "Gebiedengroep", "Lijn", "Lijnengroep", "Punt", "Puntengroep"];

    /// <summary>The articles the change adds or replaces, with their new text.</summary>
    public IReadOnlyList<ArtikelTekst> NewArticles => [.. Mutaties.Where(m => m.Actie != MutatieActie.Verwijder).SelectMany(m => m.Artikelen)];

    /// <summary>The articles whose text the change replaces (Vervang).</summary>
    public IReadOnlyList<ArtikelTekst> ReplacedArticles => [.. Mutaties.Where(m => m.Actie == MutatieActie.Vervang).SelectMany(m => m.Artikelen)];

    /// <summary>The parts of the text the change withdraws (Verwijder), by wId.</summary>
    public IReadOnlyList<TekstMutatie> Withdrawals => [.. Mutaties.Where(m => m.Actie == MutatieActie.Verwijder && m.Wat is not null)];

    /// <summary>The juridische regels the change ends: they must no longer show in Ozon.</summary>
    public IReadOnlyList<string> EndedRuleIds => [.. Ended.Where(o => OwRule.Types.Contains(o.Type)).Select(o => o.Id).OfType<string>()];

    /// <summary>Whether the change withdraws anything (an intrekking): text or OW objects.</summary>
    public bool Withdraws => Ended.Count > 0 || Withdrawals.Count > 0;

    /// <summary>Every name a report on the intrekking would use: the ended OW ids and the withdrawn wIds.</summary>
    public IReadOnlyList<string> WithdrawalNames => [.. Ended.Select(o => o.Id).OfType<string>(), .. Withdrawals.Select(w => w.Wat!)];

    public static ChangeContent From(StopDelivery delivery)
    {
        var current = delivery.OwObjects.Where(o => !o.Ended && o.Id is not null).ToList();
        return new ChangeContent(
            [.. current.Select(OwRule.From).OfType<OwRule>()],
            [.. current.Where(o => o.Type == "Activiteit").Select(o => o.Id!)],
            [.. current.Where(o => LocationTypes.Contains(o.Type)).Select(o => o.Id!)],
            [.. delivery.OwObjects.Where(o => o.Ended)],
            delivery.Besluit?.Mutaties ?? []);
    }

    /// <summary>
    /// Where the besluit withdraws text that the OW part does not withdraw with it: per withdrawn part, the
    /// rule texts of it the delivery still carries as current, or that it ends none. Every article of an
    /// omgevingsplan has its rule text (Regeltekst) in OW, so withdrawing one ends that too.
    /// </summary>
    public IReadOnlyList<Bilingual> UnendedWithdrawals(StopDelivery delivery)
    {
        var problems = new List<Bilingual>();
        foreach (var withdrawal in Withdrawals)
        {
            var texts = delivery.ObjectsOfType("Regeltekst").Where(r => withdrawal.Covers(r.WId)).ToList();
            var stillCurrent = texts.Where(r => !r.Ended).Select(r => r.Id ?? r.WId).ToList();
            if (stillCurrent.Count > 0)
            {
                problems.Add(ChangeTexts.WithdrawnStillCurrent(withdrawal.Label, withdrawal.Wat, string.Join(", ", stillCurrent), OwObject.StatusBeeindigen));
            }
            else if (texts.Count == 0)
            {
                problems.Add(ChangeTexts.WithdrawnNotEnded(withdrawal.Label, withdrawal.Wat));
            }
        }

        return problems;
    }
}
