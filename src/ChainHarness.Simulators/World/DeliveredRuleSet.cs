using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Simulators.World;

/// <summary>
/// A regelbeheerobject the RTR holds after a delivery: the DMN of one STTR file for one activity
/// (by functioneleStructuurRef), valid from its geldigBegindatum on.
/// </summary>
public sealed record DeliveredRuleSet(
    string Id,
    string FunctioneleStructuurRef,
    string ActivityId,
    RegelbeheerobjectType Type,
    string FileName,
    string Dmn,
    DateOnly GeldigBegindatum,
    string IdLevering,
    DateTimeOffset DeliveredAt);
