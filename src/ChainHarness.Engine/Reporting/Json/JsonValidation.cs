using ChainHarness.Engine.Chain;
namespace ChainHarness.Engine.Reporting.Json;

/// <summary>Which validations the LVBB ran: official true only when the official XSD and Schematron both ran (or the real LVBB validated).</summary>
public sealed record JsonValidation(bool Official, Bilingual Text);
