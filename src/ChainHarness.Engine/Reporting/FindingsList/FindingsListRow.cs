namespace ChainHarness.Engine.Reporting.FindingsList;

/// <summary>One line of a werkplaats findings list, in the report's language.</summary>
public sealed record FindingsListRow(
    string Step,
    string StepName,
    string Expected,
    string Observed,
    string LikelyOwner,
    string Status,
    string? Finding,
    string? WhatToCheck);
