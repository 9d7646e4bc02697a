using ChainHarness.Cli;

return await HarnessApp.RunAsync(args);
