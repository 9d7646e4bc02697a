using System.Text.Json;

namespace ChainHarness.Board.Tests;

/// <summary>Reads a board's event stream as a page does, until a given event arrives.</summary>
internal static class BoardEvents
{
    /// <summary>Every event (type and JSON) up to and including the first that <paramref name="last"/> accepts.</summary>
    public static async Task<List<(string Type, JsonElement Data)>> ReadUntilAsync(HttpClient http, Uri board, Func<string, JsonElement, bool> last, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        using var response = await http.GetAsync(new Uri(board, "events"), HttpCompletionOption.ResponseHeadersRead, cts.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        var events = new List<(string, JsonElement)>();
        string? type = null;
        while (await reader.ReadLineAsync(cts.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && type is not null)
            {
                var data = JsonDocument.Parse(line[6..]).RootElement.Clone();
                events.Add((type, data));
                if (last(type, data))
                {
                    return events;
                }
            }
        }

        return events;
    }
}
