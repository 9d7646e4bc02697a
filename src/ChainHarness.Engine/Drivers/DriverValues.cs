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

    public byte[]? Binary(string name)
    {
        lock (_gate)
        {
            return _binary.GetValueOrDefault(name);
        }
    }
}
