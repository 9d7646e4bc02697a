namespace ChainHarness.Engine.Configuration;

/// <summary>
/// One municipality's setup: who it is, where each endpoint is, which faults the simulators
/// inject, and whether steps 10 and 11 apply. Defaults give the all-simulated local chain.
/// </summary>
public sealed class ProfileOptions
{
    public MunicipalityOptions Municipality { get; set; } = new();

    public LocationOptions TestLocation { get; set; } = new();

    public TimingOptions Timing { get; set; } = new();

    public SchemaOptions Schemas { get; set; } = new();

    /// <summary>National endpoints by name (Lvbb, Ozon, Bekendmakingen, Rtr, …). Missing: simulated.</summary>
    public Dictionary<string, EndpointOptions> Endpoints { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How each part of the municipality's software is driven, by port (<c>PlanSoftware</c>, …). Missing: simulated.</summary>
    public Dictionary<string, DriverOptions> Drivers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Names of faults the simulators inject (F2, F4, …). Default none.</summary>
    public List<string> Faults { get; set; } = [];

    /// <summary>Start the rules sub-chain from an existing OW activity id; steps 1–4b are then not run.</summary>
    public string? FromActivity { get; set; }

    /// <summary>The behandeldienst the activity is routed to; null: step 10 is not applicable.</summary>
    public PartyOptions? Behandeldienst { get; set; }

    /// <summary>The partner invited to collaborate; null: step 11 is not applicable.</summary>
    public PartyOptions? Collaboration { get; set; }

    /// <summary>
    /// The check-and-aanvraag scenario (JSON) steps 8a–9b play in the Omgevingsloket. Default null:
    /// the built-in Testdorp scenario, <c>fixtures/loket/testdorp-dakkapel.json</c>.
    /// </summary>
    public string? LoketScenario { get; set; }

    /// <summary>
    /// The werkplaats iteration whose content the simulated software delivers (1, 2 or 3; see
    /// <c>fixtures/iterations/</c>). Default null: iteration 1, Testdorp's one rule and one activity.
    /// </summary>
    public int? Iteration { get; set; }

    public EndpointOptions Endpoint(string name) =>
        Endpoints.TryGetValue(name, out var options) ? options : new EndpointOptions();

    /// <summary>Every broken field, each with its configuration key.</summary>
    public IReadOnlyList<string> Validate(string path)
    {
        var errors = new List<string>();
        errors.AddRange(Municipality.Validate($"{path}:Municipality"));
        errors.AddRange(TestLocation.Validate($"{path}:TestLocation"));
        errors.AddRange(Timing.Validate($"{path}:Timing"));
        errors.AddRange(Schemas.Validate($"{path}:Schemas"));
        foreach (var (name, endpoint) in Endpoints)
        {
            errors.AddRange(endpoint.Validate($"{path}:Endpoints:{name}"));
        }

        errors.AddRange(DriverOptions.ValidateAll(Drivers, $"{path}:Drivers"));
        errors.AddRange(Behandeldienst?.Validate($"{path}:Behandeldienst") ?? []);
        errors.AddRange(Collaboration?.Validate($"{path}:Collaboration") ?? []);
        if (FromActivity is not null && !FromActivity.StartsWith("nl.imow-", StringComparison.Ordinal))
        {
            errors.Add(Texts.OptionTexts.NotAnActivity($"{path}:FromActivity", FromActivity, "nl.imow-gm9999.activiteit.…").ToString());
        }

        errors.AddRange(LoketScenarioLoader.Validate(LoketScenario, $"{path}:LoketScenario"));
        if (Iterations.IterationPacks.Problem(Iteration) is { } iteration)
        {
            errors.Add($"{path}:Iteration: {iteration}");
        }

        return errors;
    }
}
