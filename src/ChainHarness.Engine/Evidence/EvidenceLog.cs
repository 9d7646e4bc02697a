namespace ChainHarness.Engine.Evidence;

/// <summary>
/// Collects the evidence of one step. Redacts secrets and folds long bodies as items are added,
/// so nothing unredacted is ever kept.
/// </summary>
public sealed class EvidenceLog(SecretRedactor redactor, int maxBodyChars = 4_000)
{
    private readonly List<EvidenceItem> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<EvidenceItem> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    public void Note(string title, string? detail = null) =>
        Add(new EvidenceItem(title) { ResponseBody = detail });

    public void Add(EvidenceItem item)
    {
        var clean = item with
        {
            Title = redactor.Redact(item.Title) ?? item.Title,
            Url = redactor.Redact(item.Url),
            RequestBody = Fold(redactor.Redact(item.RequestBody)),
            ResponseBody = Fold(redactor.Redact(item.ResponseBody)),
        };
        lock (_gate)
        {
            _items.Add(clean);
        }
    }

    private string? Fold(string? body) =>
        body is null || body.Length <= maxBodyChars
            ? body
            : string.Concat(body.AsSpan(0, maxBodyChars), $"\n… ({body.Length - maxBodyChars} more characters folded)");
}
