using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;

namespace ChainHarness.Cli.Tests.Steps;

/// <summary>
/// A step that lives in the test assembly, not in the engine: step 12 in the Samenwerken lane. It fails on purpose,
/// so it shows in every report (the findings list lists failures only). Registered with
/// <see cref="KnownSteps.RegisterForFlow"/>; nothing in the engine names it.
/// </summary>
public sealed class FixtureStep : IChainStep
{
    public const string DutchName = "Archiveren proefdossier";

    public const string Cause = "The fixture step ran and failed on purpose.";

    public static StepDefinition Step { get; } = new("12", DutchName, "Archive the fixture dossier", Lane.Samenwerken, [], "archiefsysteem", ClosesChain: false)
    {
        Expectation = new("Het proefdossier staat in het archief.", "The fixture dossier is in the archive."),
        Place = new(2, 0),
    };

    public StepDefinition Definition => Step;

    public Task<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken) =>
        Task.FromResult(StepOutcome.Failed(Cause));
}
