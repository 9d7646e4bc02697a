using ChainHarness.Engine.Loket;
using ChainHarness.Engine.Ports;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// TRV-007: the rules can be linked to an activity. A decision carries a functioneleStructuurRef; each
/// is an http(s) URI under toepasbare-regels.omgevingswet.overheid.nl; an activity ref names a
/// well-formed OW activity id; and when the caller names the activity, a ref names exactly it.
/// </summary>
public sealed class ReferenceRule : IVerificationRule
{
    private const string Host = "toepasbare-regels.omgevingswet.overheid.nl";

    public IEnumerable<VerificatieMelding> Check(VerificationContext context)
    {
        var references = context.Model.FunctioneleStructuurRefs;
        if (references.Count == 0)
        {
            yield return VerificatieMelding.Fout("TRV-007", "Geen beslissing heeft een functioneleStructuurRef, dus de RTR kan deze regels niet aan een activiteit koppelen.");
            yield break;
        }

        foreach (var reference in references)
        {
            if (!Uri.TryCreate(reference, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host != Host)
            {
                yield return VerificatieMelding.Fout("TRV-007", $"functioneleStructuurRef '{reference}' is geen http(s)-adres onder {Host}.");
            }
            else if (FunctioneleStructuurRef.TryGetActivityId(reference, out var activity) && !FunctioneleStructuurRef.IsActivityId(activity))
            {
                yield return VerificatieMelding.Fout("TRV-007", $"functioneleStructuurRef '{reference}' eindigt niet op een OW-activiteit-id (nl.imow-<bevoegd gezag>.activiteit.<id>, hoogstens 32 letters of cijfers).");
            }
        }

        if (context.ActivityId is { } expected && !references.Contains(FunctioneleStructuurRef.For(expected), StringComparer.Ordinal))
        {
            yield return VerificatieMelding.Fout("TRV-007", $"Geen functioneleStructuurRef noemt activiteit {expected}; het bestand noemt {string.Join(", ", references)}.");
        }
    }
}
