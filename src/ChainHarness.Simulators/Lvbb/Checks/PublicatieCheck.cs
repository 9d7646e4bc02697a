using ChainHarness.Simulators.World;
using ChainHarness.Engine.Lvbb;
using ChainHarness.Engine.Stop;

namespace ChainHarness.Simulators.Lvbb.Checks;

/// <summary>The file the opdracht names in <c>publicatie</c> is in the delivery and is a besluit or kennisgeving.</summary>
internal sealed class PublicatieCheck : IDeliveryCheck
{
    public IEnumerable<LvbbMelding> Check(StopDelivery delivery, DeliveryCheckContext context)
    {
        if (delivery.Opdracht?.Publicatie is not { Length: > 0 } name)
        {
            yield break;
        }

        if (delivery.File(name) is null)
        {
            yield return Meldingen.Fout(MeldingCodes.PublicatieOntbreekt, "besluit", $"De opdracht noemt {name} als de publicatie, maar de levering heeft zo'n bestand niet.");
        }
        else if ((delivery.Besluit is null && !delivery.Unreadable.ContainsKey(name)) || delivery.Besluit is { RootName: not ("AanleveringBesluit" or "AanleveringKennisgeving") })
        {
            yield return Meldingen.Fout(MeldingCodes.PublicatieGeenBesluit, "besluit", $"{name}, de publicatie die de opdracht noemt, is geen AanleveringBesluit of AanleveringKennisgeving.");
        }
    }
}
