namespace ChainHarness.Simulators.Verifieren;

/// <summary>One built-in check of Regels verifiëren (the Schematron part, in our words).</summary>
public interface IVerificationRule
{
    IEnumerable<VerificatieMelding> Check(VerificationContext context);
}
