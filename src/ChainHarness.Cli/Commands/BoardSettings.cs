using System.ComponentModel;
using ChainHarness.Board.Hosting;
using ChainHarness.Board.Options;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ChainHarness.Cli.Commands;

/// <summary>Options of <c>board</c>. Defaults come from <see cref="BoardOptions"/>.</summary>
internal sealed class BoardSettings : LanguageSettings
{
    [CommandOption("--port <PORT>")]
    [Description("Port of the board (default 5199; 0 takes a free one).")]
    public int Port { get; init; } = BoardOptions.DefaultPort;

    [CommandOption("--bind <ADDRESS>")]
    [Description("Address to listen on (default 127.0.0.1: this computer only). Another address needs --allow-remote.")]
    public string Bind { get; init; } = "127.0.0.1";

    [CommandOption("--allow-remote")]
    [Description("Allow --bind on an address others on the network can reach: they can then open the board, start runs and read the evidence.")]
    public bool AllowRemote { get; init; }

    [CommandOption("--scenarios <DIR>")]
    [Description("A folder of your own scenarios (one JSON file each), offered beside the built-in ones.")]
    public string? ScenarioFolder { get; init; }

    [CommandOption("--pace <MS>")]
    [Description("The least time in milliseconds the page shows each step, so a room can follow (default 350; 0 as fast as the run goes).")]
    public int PaceMs { get; init; } = 350;

    [CommandOption("--deadline <SECONDEN>")]
    [Description("How long a step may wait before it fails: default 10 s, so a stuck step (F9, F11) shows within seconds in front of a room.")]
    public int Deadline { get; init; } = Setup.RoomDeadline.DefaultSeconds;

    public BoardOptions ToOptions() => new()
    {
        Port = Port,
        Bind = Bind,
        AllowRemote = AllowRemote,
        Language = Language,
        Pace = TimeSpan.FromMilliseconds(PaceMs),
    };

    public override ValidationResult Validate()
    {
        var errors = ToOptions().Validate().ToList();
        if (Deadline is < 1 or > 600)
        {
            errors.Add(Engine.Texts.ConfigurationTexts.DeadlineRange(Deadline));
        }

        return errors.Count > 0 ? ValidationResult.Error(string.Join(Environment.NewLine, errors)) : base.Validate();
    }
}
