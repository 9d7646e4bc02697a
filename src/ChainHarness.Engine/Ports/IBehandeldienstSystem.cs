namespace ChainHarness.Engine.Ports;

/// <summary>
/// The behandeldienst's (omgevingsdienst's) own case system, as step 10 looks into it: the zaak it
/// opened for its part of a verzoek, and the ontvangstbevestiging it sent the applicant. The same
/// shape as the bevoegd gezag's <see cref="IVthSystem"/>, but another party's system.
/// </summary>
public interface IBehandeldienstSystem : IVthSystem;
