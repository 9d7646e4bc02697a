namespace ChainHarness.Engine.Drivers;

/// <summary>
/// The named values a driver's mapping can use: built-in ones (municipality, idLevering, …),
/// earlier captures, and binary ones (a delivery ZIP). Captures persist across operations of one run.
/// </summary>
public sealed class DriverValues
{
    private readonly Dictionary<string, string> _text = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _binary = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IReadOnlyCollection<string> Names
    {
        get
        {
            lock (_gate)
            {
                return [.. _text.Keys, .. _binary.Keys];
            }
        }
    }

    public DriverValues Set(string name, string? value)
    {
        lock (_gate)
        {
            if (value is null)
            {
                _text.Remove(name);
            }
            else
            {
                _text[name] = value;
            }
        }

        return this;
    }

    public DriverValues SetBinary(string name, byte[] value)
    {
        lock (_gate)
        {
            _binary[name] = value;
        }

        return this;
    }

    public string? Text(string name)
    {
        lock (_gate)
        {
            return _text.GetValueOrDefault(name);
        }
    }

    /// <summary>
    /// A list capture (<c>$.items[*].naam</c> gives a JSON array of text) as its items; a single value is
    /// a list of one, an absent one an empty list.
    /// </summary>
    public IReadOnlyList<string> List(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return [];
        }

        if (!text.TrimStart().StartsWith('['))
        {
            return [text];
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return [.. document.RootElement.EnumerateArray().Select(e => e.ValueKind == System.Text.Json.JsonValueKind.String ? e.GetString() ?? "" : e.GetRawText())];
        }
        catch (System.Text.Json.JsonException)
        {
            return [text];
        }
    }

    /// <summary>Forgets these values (an operation's captures, before it runs again).</summary>
    public DriverValues Clear(params string[] names)
    {
        lock (_gate)
        {
            foreach (var name in names)
            {
                _text.Remove(name);
                _binary.Remove(name);
            }
        }

        return this;
    }

    /// <summary>
    /// The values every driver of a profile starts with: <c>municipality</c>, <c>municipalityName</c>,
    /// <c>oin</c>, <c>today</c> and <c>national:&lt;Name&gt;</c> for each national endpoint's base URL
    /// (the simulated world's or the configured live one).
    /// </summary>
    public static DriverValues For(Configuration.ProfileOptions profile, TimeProvider time, IReadOnlyDictionary<string, Uri>? national = null)
    {
        var values = new DriverValues()
            .Set("municipality", profile.Municipality.Code)
            .Set("municipalityName", profile.Municipality.Name)
            .Set("oin", profile.Municipality.Oin)
            .Set("today", DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (name, url) in national ?? new Dictionary<string, Uri>())
        {
            values.Set(Configuration.Placeholders.NationalPrefix + name, url.ToString().TrimEnd('/'));
        }

        return values;
    }


    public byte[]? Binary(string name)
    {
        lock (_gate)
        {
            return _binary.GetValueOrDefault(name);
        }
    }
}
