namespace ChainHarness.Engine.Stop;

/// <summary>One file of a delivery ZIP: its name (no folders) and its bytes.</summary>
public sealed record DeliveryFile(string Name, byte[] Content)
{
    public bool IsXml => Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".gml", StringComparison.OrdinalIgnoreCase);
}
