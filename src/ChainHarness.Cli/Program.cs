using System.Runtime.InteropServices;
using ChainHarness.Cli;
using ChainHarness.Engine.Diagnostics;

StartupTrace.Mark("runtime started, Main entered");

// The first Ctrl-C (or SIGTERM, as a CI system sends when it cancels a job, or a service manager on
// stop) asks the run to stop: the reports are still written, exit code 130. A second Ctrl-C ends the
// process at once.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};
using var terminate = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

var exit = await HarnessApp.RunAsync(args, cancellationToken: cancellation.Token);
StartupTrace.Mark($"done, exit {exit}");
return exit;
