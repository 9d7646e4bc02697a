namespace ChainHarness.Engine.Configuration;

/// <summary>
/// Another organisation in the chain: a behandeldienst (omgevingsdienst) or a collaboration
/// partner. <see cref="Activities"/> lists the OW activity ids routed to a behandeldienst.
/// </summary>
public sealed class PartyOptions
{
    public string Name { get; set; } = "";

    /// <summary>The 20-digit OIN of the party.</summary>
    public string Oin { get; set; } = "";

    /// <summary>For a behandeldienst: the activities routed to it (empty: every activity of the chain).</summary>
    public List<string> Activities { get; set; } = [];

    /// <summary>For a behandeldienst: in which environments the routing of <see cref="Activities"/> is configured. Default both.</summary>
    public RoutingOptions Routing { get; set; } = new();

    /// <summary>For a collaboration partner: BT (behandelen) or VT (vertrouwelijk). Default VT.</summary>
    public string Privilege { get; set; } = "VT";

    public IEnumerable<string> Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return Texts.OptionTexts.Empty($"{path}:Name").ToString();
        }

        if (Oin is null || Oin.Length != 20 || !Oin.All(char.IsAsciiDigit))
        {
            yield return Texts.OptionTexts.NotAnOin($"{path}:Oin", Oin ?? "").ToString();
        }

        if (Privilege is not ("BT" or "VT"))
        {
            yield return Texts.OptionTexts.Privilege($"{path}:Privilege", Privilege).ToString();
        }
    }
}
