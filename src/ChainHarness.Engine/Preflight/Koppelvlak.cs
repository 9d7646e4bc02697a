using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;

namespace ChainHarness.Engine.Preflight;

/// <summary>
/// One of the four connections (koppelvlakken) a municipality must have before step 1, with the
/// national endpoints that stand for it.
/// </summary>
public sealed record Koppelvlak(string Name, string Description, IReadOnlyList<string> Endpoints)
{
    public static readonly Koppelvlak Stop = new("STOP", "plan software → LVBB", [DsoEndpoint.Lvbb]);
    public static readonly Koppelvlak Sttr = new("STTR", "rules software → RTR (aanleveren)", [DsoEndpoint.Rtr, DsoEndpoint.Aanleveren]);
    public static readonly Koppelvlak Stam = new("STAM", "DSO-LV → VTH system (verzoek afhandelen)", [DsoEndpoint.Afhandelen]);
    public static readonly Koppelvlak Swf = new("SWF", "Samenwerkfunctionaliteit", [DsoEndpoint.Samenwerken]);

    public static IReadOnlyList<Koppelvlak> All { get; } = [Stop, Sttr, Stam, Swf];
}
