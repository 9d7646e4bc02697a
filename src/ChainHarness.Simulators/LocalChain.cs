using ChainHarness.Engine.Steps;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Diagnostics;
using ChainHarness.Engine.Drivers.Http;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Evidence;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Running;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.Recording;

namespace ChainHarness.Simulators;

/// <summary>
/// Runs the chain for one profile against freshly started simulators (endpoints configured as
/// live are used as configured; municipal software configured as http or observe replaces the
/// simulated one; endpoints in mode Record or Replay go through a recording proxy or a replay
/// server). What the CLI's <c>run</c> does, and what the tests call. A sweep passes its
/// <see cref="SimulatorHostPool"/>, so its runs borrow started servers instead of starting their own.
/// </summary>
public static class LocalChain
{
    public static async Task<ChainResult> RunAsync(
        ProfileOptions profile,
        StepSelection? selection = null,
        string profileName = "local",
        TimeProvider? time = null,
        IChainObserver? observer = null,
        Action<LocalSimulation>? arrange = null,
        SimulatorHostPool? hosts = null,
        CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        Faults.FaultChecks.Ensure([($"ChainHarness:Profiles:{profileName}", profile)]);
        using var simulation = LocalSimulation.Start(profile, time, hosts: hosts);
        StartupTrace.Mark("simulators started");
        arrange?.Invoke(simulation);
        return await RunAsync(simulation, profile, selection, profileName, time, observer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the chain against simulators already started (the benchmarks time the chain without their start-up).</summary>
    public static async Task<ChainResult> RunAsync(
        LocalSimulation simulation,
        ProfileOptions profile,
        StepSelection? selection = null,
        string profileName = "local",
        TimeProvider? time = null,
        IChainObserver? observer = null,
        CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        using var recorded = RecordedEndpoints.Start(profile, simulation.EndpointUrls, time, Secrets(profile));
        using var endpoints = new EndpointDirectory(profile, recorded.Urls, time);
        using var drivers = MunicipalDrivers.Apply(profile, simulation.Services, endpoints, time, national: endpoints.Urls);
        StartupTrace.Mark("endpoints and drivers ready");
        var runner = new ChainRunner(time);
        var result = await runner.RunAsync(
            new ChainRunRequest
            {
                ProfileName = profileName,
                Profile = profile,
                Services = simulation.Services,
                Endpoints = endpoints,
                Selection = selection ?? StepSelection.All,
                Redactor = Secrets(profile),
                Observer = observer,
                Readiness = simulation.World.Events,
                Preflight = true,
            },
            cancellationToken).ConfigureAwait(false);
        return result with { Provenance = RunProvenance.Of(profile, Validation(profile)) };
    }

    /// <summary>Which validations the LVBB runs: the real LVBB's own, or the simulated one's (official XSD + Schematron or not, and why).</summary>
    public static ValidationStatement Validation(ProfileOptions profile) =>
        profile.Endpoint(DsoEndpoint.Lvbb).Mode is EndpointMode.Live || (profile.Endpoint(DsoEndpoint.Lvbb).Mode is EndpointMode.Record && profile.Endpoint(DsoEndpoint.Lvbb).BaseUrl is { Length: > 0 })
            ? ValidationStatement.RealLvbb
            : Lvbb.Schemas.OfficialValidation.For(profile.Schemas).Statement;

    /// <summary>Every secret value in a profile, for redaction.</summary>
    public static SecretRedactor Secrets(ProfileOptions profile) => ProfileSecrets.Of(profile);
}
