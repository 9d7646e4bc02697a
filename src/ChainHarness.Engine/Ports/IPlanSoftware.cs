namespace ChainHarness.Engine.Ports;

/// <summary>
/// The municipality's plan software, as steps 1–3 drive it. Three calls, each an outcome rather
/// than an exception for the expected failures: write the change (step 1), send it to the LVBB
/// (steps 2 and 3), and say what the plan software itself shows for a publication (step 3).
/// Drivers: the simulated plan software (local runs), an HTTP driver for a supplier's API, or an
/// observe driver that watches a person do it and reads the result.
/// </summary>
public interface IPlanSoftware
{
    /// <summary>Step 1: write the change to the omgevingsplan and export it as a STOP/TPOD delivery.</summary>
    Task<PlanDelivery> ProduceChangeAsync(CancellationToken cancellationToken);

    /// <summary>Steps 2 and 3: send the delivery to the LVBB as a validatieOpdracht or publicatieOpdracht.</summary>
    Task<PlanSubmission> SubmitAsync(PlanDelivery delivery, OpdrachtSoort soort, CancellationToken cancellationToken);

    /// <summary>Step 3: the plan software's own status of a publication, by the idLevering it used.</summary>
    Task<PlanPublicationStatus> GetStatusAsync(string idLevering, CancellationToken cancellationToken);
}
