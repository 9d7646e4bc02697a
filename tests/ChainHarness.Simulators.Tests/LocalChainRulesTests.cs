using System.Diagnostics;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Dmn;
using ChainHarness.Simulators.World;
using ChainHarness.Testing;
using NetTopologySuite.Geometries;

namespace ChainHarness.Simulators.Tests;

/// <summary>The rules sub-chain (steps 5–7) end to end against the simulators.</summary>
public sealed class LocalChainRulesTests
{
    private const string Published = "nl.imow-gm9999.activiteit.dakkapelbouwen";

    [Test]
    public async Task RunAsync_FromExistingActivity_StepsFiveToSevenPassAndExitZero()
    {
        StepSelection.TryParse("5-7", out var selection, out _);
        var watch = Stopwatch.StartNew();

        var result = await LocalChain.RunAsync(RulesChain.Profile(), selection);

        TestContext.Out.WriteLine($"steps 5-7 took {watch.ElapsedMilliseconds} ms: " + string.Join(", ", result.Steps.Where(s => s.Selected).Select(s => $"{s.Step.Id} {s.Outcome.Duration.TotalMilliseconds:0} ms")));
        Assert.That(result.Steps.Where(s => s.Selected).Select(s => s.Outcome.Status), Is.All.EqualTo(StepStatus.Passed), string.Join(Environment.NewLine, result.Steps.Select(s => s.Outcome.Cause)));
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result["7"].Outcome.Summary, Does.Contain("the RTR lists Conclusie and Indieningsvereisten for " + RulesChain.Bruidsschat));
    }

    [Test]
    public async Task RunAsync_WithTheDmnSchemasConfigured_StillPasses()
    {
        var profile = RulesChain.Profile();
        profile.Schemas.Dmn = SharedReference.RequireFolder("imtr-schemas-unofficial/imtr-3.0");

        var (result, _, _) = await RulesChain.RunAsync(profile, "5-7");

        Assert.That(result["6"].Outcome.Status, Is.EqualTo(StepStatus.Passed), result["6"].Outcome.Cause);
    }

    [Test]
    public async Task RunAsync_Delivered_TheRtrHoldsDmnTheLoketCanEvaluate()
    {
        var (result, simulation, _) = await RulesChain.RunAsync(RulesChain.Profile(), "5-7");

        var world = simulation.World;
        Assert.That(result.ExitCode, Is.Zero);
        var xml = world.Rtr.DmnFor(FunctioneleStructuurRef.For(RulesChain.Bruidsschat), RegelbeheerobjectType.Conclusie, world.Today);
        var evaluation = DmnEvaluator.Evaluate(DmnParser.Parse(xml!), new DmnAnswers
        {
            { "In werkingsgebied", true }, { "Monument", false }, { "Dakvlak", "Achterkant" }, { "Hoogte", 150 },
        });
        Assert.That(evaluation.Conclusions, Is.EqualTo(new[] { "Toestemmingsvrij" }));
        Assert.That(world.Rtr.Werkzaamheden(world.Today).Single().Naam, Is.EqualTo("Dakkapel plaatsen"));
    }

    [Test]
    public async Task RunAsync_ActivityPublishedInStepThree_StepsFiveToSevenMakeThatOneToepasbaar()
    {
        // Given a stand-in for step 3 that does what LVBB does on publication: hand the activity and its location to Ozon.
        var profile = RulesChain.Profile();
        profile.FromActivity = null;
        SimulatedWorld? world = null;
        var effects = new Dictionary<StepId, Action<StepContext>>
        {
            ["3"] = context =>
            {
                world!.Ozon.Add(new PublishedLocation("nl.imow-gm9999.gebied.centrum", "Centrum", new GeometryFactory().CreatePoint(new Coordinate(155_050, 463_050))));
                world.Ozon.Add(new PublishedActivity(Published, "Dakkapel bouwen", "gm9999", ["nl.imow-gm9999.gebied.centrum"], "/akn/nl/act/gm9999/2026/omgevingsplan"));
                context.State.Plan.ActivityId = Published;
            },
        };

        // When
        var (result, simulation, _) = await RulesChain.RunAsync(profile, "1-7", effects, arrange: sim => world = sim.World);

        // Then
        Assert.That(result.ExitCode, Is.Zero, string.Join(Environment.NewLine, result.Steps.Select(s => s.Outcome.Cause)));
        var delivered = simulation.World.Rtr.ValidOn(FunctioneleStructuurRef.For(Published), simulation.World.Today);
        Assert.That(delivered, Has.Count.EqualTo(2));
        Assert.That(DmnParser.Parse(delivered[0].Dmn).Uitvoeringsregels.Select(u => u.LocatieId).OfType<string>(), Is.EqualTo(new[] { "nl.imow-gm9999.gebied.centrum" }));
    }
}
