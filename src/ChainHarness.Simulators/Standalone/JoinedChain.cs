using ChainHarness.Engine.Ports;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Joining;
using ChainHarness.Engine.Running;
using ChainHarness.Engine.Steps;
using ChainHarness.Simulators.Hosting;
using ChainHarness.Simulators.World;

namespace ChainHarness.Simulators.Standalone;

/// <summary>
/// <c>run --world</c>: the chain for one profile against a running world (<c>simulate</c>), never a
/// private copy. The national endpoints are the world's; every port the profile leaves simulated is
/// the world's simulated software, driven through the standard port contract (<see cref="StandardContract"/>);
/// a port the profile drives (http, observe) is the supplier's. Faults are the world's: a profile or
/// <c>--fault</c> that names one is refused, since switching it would change the world for every party.
/// </summary>
public static class JoinedChain
{
    public static async Task<ChainResult> RunAsync(
        Uri worldUrl,
        ProfileOptions profile,
        StepSelection? selection = null,
        string profileName = "local",
        TimeProvider? time = null,
        IChainObserver? observer = null,
        Action<ChainServices>? arrange = null,
        CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        var client = new WorldClient(SimulatorHttp.Client);
        var world = await client.DescribeAsync(worldUrl, cancellationToken).ConfigureAwait(false);
        Check(world, profile, profileName);
        foreach (var (port, oin, verzoeken) in WorldSubscriptions.Receivers(profile))
        {
            if (profile.Drivers.FirstOrDefault(d => string.Equals(d.Key, port, StringComparison.OrdinalIgnoreCase)).Value?.NotificationUrl is { } url)
            {
                await client.SubscribeAsync(world.Control, oin, new Uri(url), verzoeken, cancellationToken).ConfigureAwait(false);
            }
        }

        var drivers = new Dictionary<string, DriverOptions>(StandardContract.For(world.Municipal[JoinedWorld.Software]), StringComparer.OrdinalIgnoreCase);
        foreach (var (port, options) in profile.Drivers.Where(d => d.Value.Mode != DriverMode.Simulated))
        {
            drivers[port] = options;
        }

        var services = new ChainServices();
        arrange?.Invoke(services);
        using var endpoints = new EndpointDirectory(profile, world.National, time);
        using var applied = MunicipalDrivers.Apply(drivers, profile, services, endpoints, time, national: endpoints.Urls);
        return await new ChainRunner(time).RunAsync(
            new ChainRunRequest
            {
                ProfileName = profileName,
                Profile = profile,
                Services = services,
                Endpoints = endpoints,
                Selection = selection ?? StepSelection.All,
                Redactor = LocalChain.Secrets(profile),
                Observer = observer,
                Preflight = true,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A profile that does not fit the world it joins is a configuration error: every mismatch named.</summary>
    private static void Check(JoinedWorld world, ProfileOptions profile, string profileName)
    {
        var path = $"{HarnessOptions.SectionName}:Profiles:{profileName}";
        var errors = new List<string>();
        if (!world.Ready)
        {
            errors.Add($"--world: the world at {world.Control} is not ready yet.");
        }

        if (profile.Faults.Count > 0)
        {
            errors.Add($"{path}:Faults: {string.Join(", ", profile.Faults)}: faults belong to the world every party shares; switch them there (POST {world.Control}__world/faults/{profile.Faults[0]}, or simulate --fault).");
        }

        if (world.MunicipalityCode != profile.Municipality.Code || world.MunicipalityOin != profile.Municipality.Oin)
        {
            errors.Add($"{path}:Municipality: {profile.Municipality.Code} ({profile.Municipality.Oin}), but the world at {world.Control} is {world.MunicipalityCode} ({world.MunicipalityOin}).");
        }

        if ((profile.Iteration ?? Engine.Iterations.IterationPacks.Default) != world.Iteration)
        {
            errors.Add($"{path}:Iteration: {profile.Iteration ?? Engine.Iterations.IterationPacks.Default}, but the world at {world.Control} holds iteration {world.Iteration}'s content.");
        }

        if (profile.Behandeldienst?.Oin != world.BehandeldienstOin || profile.Collaboration?.Oin != world.PartnerOin)
        {
            errors.Add($"{path}: the omgevingsdienst and partner ({profile.Behandeldienst?.Oin ?? "none"}, {profile.Collaboration?.Oin ?? "none"}) differ from the world's ({world.BehandeldienstOin ?? "none"}, {world.PartnerOin ?? "none"}); start simulate with the same profile.");
        }

        if (!world.Municipal.ContainsKey(JoinedWorld.Software))
        {
            errors.Add($"--world: the world at {world.Control} serves no {JoinedWorld.Software}; it is not a ChainHarness 'simulate' of this version.");
        }

        if (errors.Count > 0)
        {
            throw ConfigurationErrorException.WithErrors(errors);
        }
    }
}
