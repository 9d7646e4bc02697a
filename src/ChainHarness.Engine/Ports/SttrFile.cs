namespace ChainHarness.Engine.Ports;

/// <summary>One STTR file (DMN XML with the STTR extension elements) for one regelbeheerobject.</summary>
public sealed record SttrFile(string FileName, RegelbeheerobjectType Type, string Xml);
