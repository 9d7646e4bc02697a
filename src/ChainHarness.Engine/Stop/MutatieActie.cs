namespace ChainHarness.Engine.Stop;

/// <summary>What a STOP <c>RegelingMutatie</c> does with a part of the regeling's text.</summary>
public enum MutatieActie
{
    /// <summary><c>VoegToe</c>: new text after (or in) the element named by <c>context</c>.</summary>
    VoegToe,

    /// <summary><c>Vervang</c>: the element named by <c>wat</c> gets the text the mutation holds.</summary>
    Vervang,

    /// <summary><c>Verwijder</c>: the element named by <c>wat</c> is withdrawn from the regeling.</summary>
    Verwijder,
}
