using ChainHarness.Engine.Waiting;
using System.Diagnostics;
using ChainHarness.Engine.Chain;
using ChainHarness.Engine.Diagnostics;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Findings;
using ChainHarness.Engine.Preflight;
using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Texts;

namespace ChainHarness.Engine.Running;

/// <summary>
/// Runs the known steps in chain order. A step runs only when it is selected, implemented,
/// applicable and every step it depends on passed (or was deliberately not run); otherwise it
/// gets the outcome that says why. A step's own failure never stops the run; cancellation marks
/// what is left as not run.
/// </summary>
public sealed class ChainRunner(StepCatalog catalog, TimeProvider time)
{
    /// <summary>A runner over every known step (<see cref="KnownSteps"/>).</summary>
    public ChainRunner(TimeProvider time)
        : this(StepCatalog.Discover(), time)
    {
    }

    public async Task<ChainResult> RunAsync(ChainRunRequest request, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var watch = Stopwatch.StartNew();
        var state = new ChainState();
        var results = new List<StepResult>();
        var observer = request.Observer ?? new NoObserver();
        string? refusal = null;
        var preflight = request.Preflight ? await PreflightAsync(request, cancellationToken).ConfigureAwait(false) : null;
        if (preflight is not null)
        {
            observer.PreflightDone(preflight);
        }
        StartupTrace.Mark("preflight");
        foreach (var step in catalog.Definitions)
        {
            var selected = request.Selection.Contains(step.Id) && !LeftOutByFromActivity(step, request);
            StepOutcome outcome;
            if (cancellationToken.IsCancellationRequested)
            {
                outcome = StepOutcome.NotRun(RunTexts.CancelledBefore);
            }
            else if (refusal is not null)
            {
                outcome = StepOutcome.NotRun(RunTexts.ProductionRefused);
            }
            else if (Decide(step, selected, request, results) is { } decided)
            {
                outcome = decided;
            }
            else
            {
                observer.StepStarted(step);
                outcome = await ExecuteAsync(catalog.Find(step.Id)!, request, state, observer, cause => refusal = cause, cancellationToken).ConfigureAwait(false);
            }

            results.Add(new StepResult(step, outcome, selected));
            StartupTrace.Mark($"step {step.Id}: {outcome.Status}");
            observer.StepFinished(step, outcome);
        }

        var m = request.Profile.Municipality;
        return new ChainResult(request.ProfileName, m.Code, m.Name, started, watch.Elapsed, results, cancellationToken.IsCancellationRequested)
        {
            Preflight = preflight,
            Provenance = RunProvenance.Of(request.Profile),
            Refusal = refusal,
        };
    }

    private StepOutcome? Decide(StepDefinition step, bool selected, ChainRunRequest request, List<StepResult> done)
    {
        if (LeftOutByFromActivity(step, request))
        {
            return StepOutcome.NotRun(RunTexts.FromActivity(request.Profile.FromActivity!));
        }

        if (!selected)
        {
            return StepOutcome.NotRun(RunTexts.NotSelected);
        }

        var implementation = catalog.Find(step.Id);
        if (implementation is null)
        {
            return StepOutcome.NotImplemented();
        }

        if (implementation is IConditionalStep conditional && conditional.NotApplicableReason(request.Profile) is { } reason)
        {
            return StepOutcome.NotApplicable(reason);
        }

        var blocker = step.DependsOn
            .Select(id => done.First(r => r.Step.Id == id))
            .FirstOrDefault(r => r.Outcome.Status is not (StepStatus.Passed or StepStatus.NotRun));
        return blocker is null ? null : StepOutcome.Skipped(blocker.Step.Id);
    }

    private async Task<StepOutcome> ExecuteAsync(
        IChainStep step, ChainRunRequest request, ChainState state, IChainObserver observer, Action<string> refuse, CancellationToken cancellationToken)
    {
        var evidence = new EvidenceLog(request.Redactor);
        var context = new StepContext
        {
            Step = step.Definition,
            Profile = request.Profile,
            State = state,
            Services = request.Services,
            Endpoints = request.Endpoints,
            Evidence = evidence,
            Time = time,
            Readiness = request.Readiness,
            Waiting = (what, until) => observer.StepWaiting(step.Definition, what, until),
        };
        var deadline = request.Profile.Timing.StepDeadline;
        using var owner = StepDeadline.Start(deadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, owner.Token);
        var driverMarks = request.Services.EvidenceSources.Select(source => (Source: source, Seen: source.Evidence.Items.Count)).ToList();
        var watch = Stopwatch.StartNew();
        StepOutcome outcome;
        try
        {
            state.Ledger.Enter(step.Definition);
            outcome = await step.ExecuteAsync(context, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = StepOutcome.NotRun(RunTexts.CancelledDuring);
        }
        catch (OperationCanceledException)
        {
            outcome = StepOutcome.Failed(RunTexts.DeadlinePassed(deadline), Werkplaats.F11);
        }
        catch (Configuration.ConfigurationErrorException refused)
        {
            // Configuration found wrong while running (a redirect or a filled-in URL to production): the run stops, exit 2.
            outcome = StepOutcome.Failed(string.Join(" ", refused.Errors));
            refuse(outcome.Cause!);
        }
        catch (MissingCaptureException missing)
        {
            outcome = StepOutcome.Failed(RunTexts.MissingCapture(missing.Capture, catalog.Definitions.FirstOrDefault(d => d.Writes.Contains(missing.Capture))));
        }
        catch (Drivers.DriverException ex)
        {
            outcome = StepOutcome.Failed(RunTexts.DriverFailed(request.Redactor.Redact(ex.Message) ?? ""));
        }
        catch (Exception ex)
        {
            outcome = StepOutcome.Failed(UnexpectedCause(evidence.Items.LastOrDefault(), request.Redactor.Redact(ex.Message) ?? ex.GetType().Name));
        }

        finally
        {
            state.Ledger.Enter(null);
        }

        var driverItems = driverMarks.SelectMany(m => m.Source.Evidence.Items.Skip(m.Seen));
        return outcome with
        {
            Summary = request.Redactor.Redact(outcome.Summary) ?? outcome.Summary,
            Cause = request.Redactor.Redact(outcome.Cause),
            Evidence = [.. outcome.Evidence, .. driverItems, .. evidence.Items],
            Duration = watch.Elapsed,
        };
    }

    /// <summary>The preflight answers to one deadline, the step deadline, for all its checks together.</summary>
    private async Task<PreflightResult> PreflightAsync(ChainRunRequest request, CancellationToken cancellationToken)
    {
        using var owner = StepDeadline.Start(request.Profile.Timing.StepDeadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, owner.Token);
        return await PreflightCheck.RunAsync(request.Endpoints, request.Profile, request.Redactor, linked.Token, cancellationToken, time).ConfigureAwait(false);
    }

    /// <summary>Started <c>--from-activity</c>: the plan lane (steps 1–4b) is left out, as <c>--steps</c> would.</summary>
    private static bool LeftOutByFromActivity(StepDefinition step, ChainRunRequest request) =>
        request.Profile.FromActivity is not null && step.Lane == Lane.Omgevingsplan;

    /// <summary>
    /// An error no step foresaw almost always comes from an answer it could not read (a JSON shape it did
    /// not expect): name the last exchange, so the tester knows which system to look at.
    /// </summary>
    private static string UnexpectedCause(EvidenceItem? last, string message) => last?.Method is null
        ? RunTexts.UnexpectedError(message)
        : RunTexts.UnreadableAnswer(last.Title, last.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? RunTexts.NoStatus, message);

    private sealed class NoObserver : IChainObserver;
}
