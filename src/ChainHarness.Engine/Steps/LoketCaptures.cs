using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Running;

namespace ChainHarness.Engine.Steps;

/// <summary>Captured by steps 8a–9b.</summary>
public sealed class LoketCaptures
{
    /// <summary>The 13-digit verzoeknummer of the submitted aanvraag.</summary>
    public string? Verzoeknummer { get; set; }

    /// <summary>The id of the zaak the VTH system opened.</summary>
    public string? ZaakId { get; set; }

    /// <summary>The functioneleStructuurRef of the activity the werkzaamheid found by searching leads to (step 8a).</summary>
    public string? FunctioneleStructuurRef { get; set; }

    /// <summary>The conclusion the check reached (step 8a).</summary>
    public string? Conclusie { get; set; }

    /// <summary>What step 8b submitted and the loket confirmed.</summary>
    public IngediendeAanvraag? Aanvraag { get; set; }
}
