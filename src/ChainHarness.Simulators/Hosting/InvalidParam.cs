namespace ChainHarness.Simulators.Hosting;

/// <summary>One broken field of a request, as problem+json lists them in <c>invalidParams</c>.</summary>
public sealed record InvalidParam(string Name, string Code, string Reason);
