using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace ChainHarness.Benchmarks.Floor;

/// <summary>
/// What the recorded run called a thing and what the fresh world calls it: simulator addresses (new
/// ports), and ids the servers created (a zaak's uuid, a verzoeknummer), learnt by reading each fresh
/// answer beside the recorded one. Later requests are rewritten with it before they are sent.
/// </summary>
internal sealed class IdMap
{
    private const int ShortestId = 6;
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private List<KeyValuePair<string, string>> _ordered = [];

    public int Count => _map.Count;

    public void Add(string recorded, string fresh)
    {
        if (recorded != fresh && recorded.Length >= ShortestId && _map.TryAdd(recorded, fresh))
        {
            _ordered = [.. _map.OrderByDescending(p => p.Key.Length)];
        }
    }

    /// <summary>Reads a fresh answer beside the recorded one and learns every value that differs.</summary>
    public void Learn(string? contentType, byte[] recorded, byte[] fresh, string? recordedLocation, string? freshLocation)
    {
        if (recordedLocation is not null && freshLocation is not null)
        {
            LearnString(recordedLocation, freshLocation);
        }

        if (recorded.Length == 0 || fresh.Length == 0)
        {
            return;
        }

        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                Walk(JsonNode.Parse(recorded), JsonNode.Parse(fresh));
            }
            catch (System.Text.Json.JsonException)
            {
            }
        }
        else if (contentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                var a = XDocument.Parse(Encoding.UTF8.GetString(recorded)).DescendantNodes().OfType<XText>().ToList();
                var b = XDocument.Parse(Encoding.UTF8.GetString(fresh)).DescendantNodes().OfType<XText>().ToList();
                foreach (var (x, y) in a.Zip(b))
                {
                    LearnString(x.Value, y.Value);
                }
            }
            catch (System.Xml.XmlException)
            {
            }
        }
    }

    public string Apply(string text)
    {
        foreach (var (from, to) in _ordered)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A body is rewritten only when it is text (a ZIP or PDF is sent as recorded).</summary>
    public byte[] Apply(byte[] body)
    {
        if (_ordered.Count == 0 || body.Length == 0 || Array.IndexOf(body, (byte)0) >= 0)
        {
            return body;
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
            return Encoding.UTF8.GetBytes(Apply(text));
        }
        catch (DecoderFallbackException)
        {
            return body;
        }
    }

    private void Walk(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var (name, value) in x)
                {
                    if (y.TryGetPropertyValue(name, out var other))
                    {
                        Walk(value, other);
                    }
                }

                break;
            case (JsonArray x, JsonArray y):
                foreach (var (first, second) in x.Zip(y))
                {
                    Walk(first, second);
                }

                break;
            case (JsonValue x, JsonValue y) when x.TryGetValue<string>(out var s) && y.TryGetValue<string>(out var t):
                LearnString(s, t);
                break;
        }
    }

    private void LearnString(string recorded, string fresh)
    {
        if (recorded == fresh)
        {
            return;
        }

        Add(recorded, fresh);
        var a = recorded.Split('/', '?', '&', '=');
        var b = fresh.Split('/', '?', '&', '=');
        if (a.Length == b.Length)
        {
            foreach (var (x, y) in a.Zip(b))
            {
                Add(x, y);
            }
        }
    }
}
