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
            yield return VerificatieMelding.Fout("TRV-007", "No decision carries a functioneleStructuurRef, so the RTR cannot link these rules to an activity.");
            yield break;
        }

        foreach (var reference in references)
        {
            if (!Uri.TryCreate(reference, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host != Host)
            {
                yield return VerificatieMelding.Fout("TRV-007", $"functioneleStructuurRef '{reference}' is not an http(s) address under {Host}.");
            }
            else if (FunctioneleStructuurRef.TryGetActivityId(reference, out var activity) && !FunctioneleStructuurRef.IsActivityId(activity))
            {
                yield return VerificatieMelding.Fout("TRV-007", $"functioneleStructuurRef '{reference}' does not end in an OW activity id (nl.imow-<bevoegd gezag>.activiteit.<id>, at most 32 letters or digits).");
            }
        }

        if (context.ActivityId is { } expected && !references.Contains(FunctioneleStructuurRef.For(expected), StringComparer.Ordinal))
        {
            yield return VerificatieMelding.Fout("TRV-007", $"No functioneleStructuurRef names activity {expected}; the file names {string.Join(", ", references)}.");
        }
    }
}
