namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// The person at the municipality's software, for observe drivers: the harness tells them what to
/// do (in Dutch) and may ask what they see. Null from <see cref="AskAsync"/> means no answer: the
/// driver then waits for the outcome on the national side instead.
/// </summary>
public interface IOperator
{
    void Tell(string instruction);

    Task<string?> AskAsync(string question, CancellationToken cancellationToken);
}
