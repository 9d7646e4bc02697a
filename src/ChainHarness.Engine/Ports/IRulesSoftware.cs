namespace ChainHarness.Engine.Ports;

/// <summary>
/// The municipality's rules-management software (regelbeheersoftware), as steps 5 and 7 drive it.
/// Step 5 asks it to make an activity toepasbaar; step 7 asks it for the delivery it sends to
/// Toepasbare regels aanleveren, and hands that to the national endpoint itself so the exchange is
/// recorded as evidence. Implementations: the simulated software, or a supplier's driver.
/// </summary>
public interface IRulesSoftware
{
    /// <summary>Writes the STTR files (Conclusie, Indieningsvereisten) for the activity and links werkzaamheden to it.</summary>
    Task<ToepasbareRegelsSet> MakeToepasbaarAsync(string activityId, CancellationToken cancellationToken);

    /// <summary>The ZIP the software delivers for these rules, with the geldigBegindatum it chose.</summary>
    Task<RulesDelivery> PrepareDeliveryAsync(ToepasbareRegelsSet rules, CancellationToken cancellationToken);
}
