using ChainHarness.Engine.Chain;
namespace ChainHarness.Engine.Reporting.Json;

/// <summary>The werkplaats finding a failure matches; text and check are absent for a code the catalogue does not know.</summary>
public sealed record JsonFinding(string Code, string? Where, Bilingual? Text, Bilingual? Check);
