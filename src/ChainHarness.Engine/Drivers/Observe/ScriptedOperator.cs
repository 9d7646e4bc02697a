using System.Collections.Concurrent;

namespace ChainHarness.Engine.Drivers.Observe;

/// <summary>
/// An operator whose answers come from a script (a test, or a rehearsal): each question goes to
/// <paramref name="answer"/>, which may act as the person would before answering. Keeps what was said.
/// </summary>
public sealed class ScriptedOperator(Func<string, CancellationToken, Task<string?>> answer) : IOperator
{
    private readonly ConcurrentQueue<string> _said = new();

    /// <summary>Every instruction and question, in order.</summary>
    public IReadOnlyList<string> Said => [.. _said];

    public void Tell(string instruction) => _said.Enqueue(instruction);

    public Task<string?> AskAsync(string question, CancellationToken cancellationToken)
    {
        _said.Enqueue(question);
        return answer(question, cancellationToken);
    }
}
