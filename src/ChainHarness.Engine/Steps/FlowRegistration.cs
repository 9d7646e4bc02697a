namespace ChainHarness.Engine.Steps;

/// <summary>Undoes <see cref="KnownSteps.RegisterForFlow"/> when disposed.</summary>
internal sealed class FlowRegistration(Action undo) : IDisposable
{
    private Action? _undo = undo;

    public void Dispose() => Interlocked.Exchange(ref _undo, null)?.Invoke();
}
