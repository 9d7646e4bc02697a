namespace ChainHarness.Simulators.Verzoeken;

/// <summary>What adding a document to a verzoek came to.</summary>
public enum BijlageToevoegen
{
    Toegevoegd,

    /// <summary>A document with this file name is already there (409).</summary>
    NaamBestaat,

    /// <summary>A document with this content is already there under another name (409).</summary>
    InhoudBestaat,

    /// <summary>The verzoek was submitted or withdrawn: documents can no longer change (409).</summary>
    NietMeerConcept,
}
