namespace ChainHarness.Engine.Running;

/// <summary>Captured by steps 8a–9b.</summary>
public sealed class LoketCaptures
{
    /// <summary>The 13-digit verzoeknummer of the submitted aanvraag.</summary>
    public string? Verzoeknummer { get; set; }

    /// <summary>The id of the zaak the VTH system opened.</summary>
    public string? ZaakId { get; set; }
}
