namespace ChainHarness.Engine.Stop;

/// <summary>A GIO wrapper (<c>AanleveringInformatieObject</c>) and the GML files it names.</summary>
public sealed record GioInfo(string File, string? Work, string? Expression, IReadOnlyList<string> GmlFiles);
