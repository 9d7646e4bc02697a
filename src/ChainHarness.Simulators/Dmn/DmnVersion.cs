namespace ChainHarness.Simulators.Dmn;

/// <summary>The DMN versions the parser reads; each has its own XML namespace (see <see cref="DmnNamespaces"/>).</summary>
public enum DmnVersion
{
    Dmn11,
    Dmn12,
    Dmn13,
}
