using ChainHarness.Engine.Loket;
using System.Diagnostics;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;
using ChainHarness.Simulators.Dmn;
using ChainHarness.Testing;

namespace ChainHarness.Simulators.Tests;

/// <summary>The rules sub-chain (steps 5–7) end to end against the simulators.</summary>
public sealed class LocalChainRulesTests
{
    [Test]
    public async Task RunAsync_FromExistingActivity_StepsFiveToSevenPassAndExitZero()
    {
        using var english = SpokenLanguage.Use(ReportLanguage.English); // asserts the English text
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

        var (result, _) = await RulesChain.RunAsync(profile, "5-7");

        Assert.That(result["6"].Outcome.Status, Is.EqualTo(StepStatus.Passed), result["6"].Outcome.Cause);
    }

    [Test]
    public async Task RunAsync_Delivered_TheRtrHoldsDmnTheLoketCanEvaluate()
    {
        var (result, world) = await RulesChain.RunAsync(RulesChain.Profile(), "5-7");

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
    public async Task RunAsync_PlanChainThenRules_StepsFiveToSevenMakeThePublishedActivityToepasbaar()
    {
        var profile = RulesChain.Profile();
        profile.FromActivity = null;

        var (result, world) = await RulesChain.RunAsync(profile, "1-7");

        Assert.That(result.ExitCode, Is.Zero, string.Join(Environment.NewLine, result.Steps.Select(s => s.Outcome.Cause)));
        var published = world.Ozon.Activities.Single(a => a.RegelingWorkId is not null);
        var delivered = world.Rtr.ValidOn(FunctioneleStructuurRef.For(published.OwId), world.Today);
        Assert.That(delivered.Select(r => r.Type), Is.EquivalentTo(new[] { RegelbeheerobjectType.Conclusie, RegelbeheerobjectType.Indieningsvereisten }));
        Assert.That(DmnParser.Parse(delivered[0].Dmn).Uitvoeringsregels.Select(u => u.LocatieId).OfType<string>(), Is.EqualTo(published.LocationIds.Take(1)),
            "the geoVerwijzing asks about the werkingsgebied LVBB handed to Ozon");
    }
}
