using System.Collections.Concurrent;
using ChainHarness.Engine.Drivers.Observe;

namespace ChainHarness.Simulators.Tests.Drivers;

/// <summary>A scripted person who acts on what they are told (works the software's screens) and answers what they are asked.</summary>
internal sealed class ActingOperator(Func<string, Task> act, Func<string, Task<string?>> answer) : IOperator
{
    private readonly ConcurrentQueue<string> _said = new();

    public IReadOnlyList<string> Said => [.. _said];

    public void Tell(string instruction)
    {
        _said.Enqueue(instruction);
        act(instruction).GetAwaiter().GetResult();
    }

    public Task<string?> AskAsync(string question, CancellationToken cancellationToken)
    {
        _said.Enqueue(question);
        return answer(question);
    }
}
