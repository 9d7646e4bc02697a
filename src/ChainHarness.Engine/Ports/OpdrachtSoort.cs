namespace ChainHarness.Engine.Ports;

/// <summary>How a delivery is sent to the LVBB.</summary>
public enum OpdrachtSoort
{
    /// <summary>validatieOpdracht: check only, publish nothing (step 2).</summary>
    Validatie,

    /// <summary>publicatieOpdracht: check, publish and consolidate (step 3).</summary>
    Publicatie,
}
