using ChainHarness.Cli;

// The first Ctrl-C asks the run to stop (the reports are still written, exit code 130);
// a second one ends the process at once.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

return await HarnessApp.RunAsync(args, cancellationToken: cancellation.Token);
