using ChainHarness.Engine.Drivers.Observe;
using Spectre.Console;

namespace ChainHarness.Cli.Console;

/// <summary>The person at the keyboard, for observe drivers: instructions in bold, questions answered on the console.</summary>
internal sealed class ConsoleOperator(IAnsiConsole console) : IOperator
{
    public void Tell(string instruction) => console.MarkupLine($"[bold yellow]>> {Markup.Escape(instruction)}[/]");

    public void Waiting(string onWhat, DateTimeOffset until, DateTimeOffset now) => console.MarkupLine(
        $"[blue]{Markup.Escape(Texts.CliTexts.WaitingUntil(onWhat, Countdown.Left(until, now), Countdown.Clock(until)))} …[/]");

    public async Task<string?> AskAsync(string question, CancellationToken cancellationToken) =>
        await new TextPrompt<string>(Markup.Escape(question)).AllowEmpty().ShowAsync(console, cancellationToken);
}
