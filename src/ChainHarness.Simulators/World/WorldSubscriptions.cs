using ChainHarness.Engine.Running;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Drivers;

namespace ChainHarness.Simulators.World;

/// <summary>
/// Where the world sends each party's messages, from the profile: a port's
/// <see cref="DriverOptions.NotificationUrl"/> replaces the simulated software as the receiver of
/// the verzoeknotificaties (<c>VthSystem</c>, <c>BehandeldienstSystem</c>) or the SWF notifications
/// (<c>CaseHandler</c>, <c>CollaborationPartner</c>). The in-process software is only the default subscriber.
/// </summary>
public static class WorldSubscriptions
{
    /// <summary>The party (OIN) each receiving port stands for, and whether it receives verzoeknotificaties (else SWF notifications).</summary>
    public static IEnumerable<(string Port, string Oin, bool Verzoeken)> Receivers(ProfileOptions profile)
    {
        yield return (DriverOptions.VthSystem, profile.Municipality.Oin, true);
        yield return (DriverOptions.CaseHandler, profile.Municipality.Oin, false);
        if (profile.Behandeldienst is { } od)
        {
            yield return (DriverOptions.BehandeldienstSystem, od.Oin, true);
        }

        if (profile.Collaboration is { } partner)
        {
            yield return (DriverOptions.CollaborationPartner, partner.Oin, false);
        }
    }

    public static void Apply(ProfileOptions profile, SimulatedWorld world)
    {
        foreach (var (port, oin, verzoeken) in Receivers(profile))
        {
            var options = profile.Drivers.FirstOrDefault(d => string.Equals(d.Key, port, StringComparison.OrdinalIgnoreCase)).Value;
            if (options?.NotificationUrl is not { } text || !Uri.TryCreate(text, UriKind.Absolute, out var url))
            {
                continue;
            }

            Subscribe(world, oin, url, verzoeken);
        }
    }

    public static void Subscribe(SimulatedWorld world, string oin, Uri url, bool verzoeken)
    {
        if (verzoeken)
        {
            world.Verzoeken.Subscribe(oin, url);
        }
        else
        {
            world.Swf.Subscribe(oin, url);
        }
    }
}
