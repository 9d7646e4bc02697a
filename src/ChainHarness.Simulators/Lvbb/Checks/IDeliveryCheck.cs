using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>One check of the simulated LVBB: the meldingen it finds in a delivery (none: it holds).</summary>
internal interface IDeliveryCheck
{
    IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context);
}
