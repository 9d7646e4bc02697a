using ChainHarness.Simulators.World;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>Every XML and GML file of the delivery is well-formed and has no DTD (opdracht.xml is the intake's).</summary>
internal sealed class WellFormedCheck : IDeliveryCheck
{
    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context) =>
        delivery.Unreadable
            .Where(u => u.Key != StopDeliveryReader.OpdrachtFile)
            .OrderBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => Meldingen.Fout(MeldingCodes.XmlNietWelgevormd, "levering", $"{u.Key} is geen welgevormde XML: {u.Value}"));
}
