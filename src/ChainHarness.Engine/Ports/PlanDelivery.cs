namespace ChainHarness.Engine.Ports;

/// <summary>A delivery the plan software exported: the ZIP bytes and the idLevering in its opdracht.</summary>
public sealed record PlanDelivery(string FileName, byte[] Zip, string IdLevering);
