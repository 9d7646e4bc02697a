using System.Collections;

namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// The answers given so far, keyed by inputData id, inputData name or uitvoeringsregel (question) id
/// — whichever the caller has. Values may be typed (bool, decimal, int, DateOnly, string) or text
/// ("true", "12,5", "2026-05-01"); the evaluator converts text to the type the input expects.
/// A decision the evaluator cannot compute (an aansluitpunt) is answered by its id or name.
/// </summary>
public sealed class DmnAnswers : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public static DmnAnswers None => new();

    public int Count => _values.Count;

    /// <summary>Adds or replaces an answer (collection-initializer friendly).</summary>
    public void Add(string key, object? value) => _values[key] = value;

    /// <summary>Adds or replaces an answer and returns this, for chaining.</summary>
    public DmnAnswers With(string key, object? value)
    {
        Add(key, value);
        return this;
    }

    /// <summary>The answer under the first of <paramref name="keys"/> that has one.</summary>
    public bool TryGet(out object? value, params string?[] keys)
    {
        foreach (var key in keys)
        {
            if (key is not null && _values.TryGetValue(key, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
