namespace ChainHarness.Engine.Chain;

/// <summary>A step's place in the chain picture: column (left to right) and row (top to bottom) within its lane.</summary>
public readonly record struct ChainPlace(int Column, int Row);
