using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Simulators.World;

/// <summary>
/// What the RTR (Register Toepasbare Regels) holds: delivered rule sets and werkzaamheden, each
/// valid from a date. Every question is asked "as of" a date, so rules with a future
/// geldigBegindatum are stored but not yet visible. The RTR's activities come from Ozon
/// (see <c>Rtr.RtrActivities</c>). The simulated uitvoeren service reads the DMN from here.
/// </summary>
public sealed class RtrState
{
    private readonly List<DeliveredRuleSet> _ruleSets = [];
    private readonly List<RtrWerkzaamheid> _werkzaamheden = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<DeliveredRuleSet> RuleSets
    {
        get
        {
            lock (_gate)
            {
                return [.. _ruleSets];
            }
        }
    }

    public void Add(DeliveredRuleSet ruleSet)
    {
        lock (_gate)
        {
            _ruleSets.Add(ruleSet);
        }
    }

    public void Add(RtrWerkzaamheid werkzaamheid)
    {
        lock (_gate)
        {
            _werkzaamheden.RemoveAll(w => w.FunctioneleStructuurRef == werkzaamheid.FunctioneleStructuurRef && w.ActivityRef == werkzaamheid.ActivityRef
                                          && w.GeldigBegindatum == werkzaamheid.GeldigBegindatum);
            _werkzaamheden.Add(werkzaamheid);
        }
    }

    /// <summary>
    /// The rule sets valid on <paramref name="asOf"/>, one per functioneleStructuurRef and type: the
    /// one with the latest geldigBegindatum on or before that date (the latest delivery wins a tie).
    /// </summary>
    public IReadOnlyList<DeliveredRuleSet> ValidOn(DateOnly asOf)
    {
        lock (_gate)
        {
            return _ruleSets
                .Select((r, order) => (Rule: r, Order: order))
                .Where(x => x.Rule.GeldigBegindatum <= asOf)
                .GroupBy(x => (x.Rule.FunctioneleStructuurRef, x.Rule.Type))
                .Select(g => g.OrderBy(x => x.Rule.GeldigBegindatum).ThenBy(x => x.Order).Last().Rule)
                .ToList();
        }
    }

    /// <summary>The rule sets of one functioneleStructuurRef valid on a date.</summary>
    public IReadOnlyList<DeliveredRuleSet> ValidOn(string functioneleStructuurRef, DateOnly asOf) =>
        ValidOn(asOf).Where(r => r.FunctioneleStructuurRef == functioneleStructuurRef).ToList();

    /// <summary>The delivered DMN XML of one regelbeheerobject valid on a date; null when there is none (yet).</summary>
    public string? DmnFor(string functioneleStructuurRef, RegelbeheerobjectType type, DateOnly asOf) =>
        ValidOn(functioneleStructuurRef, asOf).FirstOrDefault(r => r.Type == type)?.Dmn;

    /// <summary>The werkzaamheden visible on a date.</summary>
    public IReadOnlyList<RtrWerkzaamheid> Werkzaamheden(DateOnly asOf)
    {
        lock (_gate)
        {
            return _werkzaamheden.Where(w => w.GeldigBegindatum <= asOf).ToList();
        }
    }
}
