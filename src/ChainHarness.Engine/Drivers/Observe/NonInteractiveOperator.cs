namespace ChainHarness.Engine.Drivers.Observe;

/// <summary><c>--non-interactive</c> (CI): instructions are written, questions get no answer, so every prompt becomes a wait.</summary>
public sealed class NonInteractiveOperator(Action<string>? write = null) : IOperator
{
    public void Tell(string instruction) => write?.Invoke(instruction);

    public Task<string?> AskAsync(string question, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
