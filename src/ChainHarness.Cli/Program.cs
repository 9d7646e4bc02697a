using ChainHarness.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await HarnessApp.RunAsync(args, cancellationToken: stop.Token);
