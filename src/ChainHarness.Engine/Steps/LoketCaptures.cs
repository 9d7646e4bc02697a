using ChainHarness.Engine.Loket;

namespace ChainHarness.Engine.Steps;

/// <summary>Captured by steps 8a–9b.</summary>
public sealed class LoketCaptures(CaptureLedger ledger)
{
    /// <summary>The id of the zaak the VTH system opened.</summary>
    public string? ZaakId { get => ledger.Read(CaptureNames.LoketZaakId, field); set => field = ledger.Write(CaptureNames.LoketZaakId, value); }

    /// <summary>The functioneleStructuurRef of the activity the werkzaamheid found by searching leads to (step 8a).</summary>
    public string? FunctioneleStructuurRef { get => ledger.Read(CaptureNames.LoketFunctioneleStructuurRef, field); set => field = ledger.Write(CaptureNames.LoketFunctioneleStructuurRef, value); }

    /// <summary>What step 8b submitted and the loket confirmed.</summary>
    public IngediendeAanvraag? Aanvraag { get => ledger.Read(CaptureNames.LoketAanvraag, field); set => field = ledger.Write(CaptureNames.LoketAanvraag, value); }
}
