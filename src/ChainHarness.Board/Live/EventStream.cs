using System.Threading.Channels;

namespace ChainHarness.Board.Live;

/// <summary>
/// The events of the current run, fanned out to every open page. A page that connects late (or
/// reconnects) first gets the run so far, then a <c>live</c> marker, then what follows.
/// </summary>
public sealed class EventStream
{
    private readonly Lock _gate = new();
    private readonly List<BoardEvent> _sofar = [];
    private readonly List<Channel<BoardEvent>> _pages = [];

    /// <summary>Forgets the previous run and publishes the first event of a new one.</summary>
    public void Begin(BoardEvent first)
    {
        lock (_gate)
        {
            _sofar.Clear();
            Publish(first);
        }
    }

    public void Publish(BoardEvent e)
    {
        lock (_gate)
        {
            _sofar.Add(e);
            foreach (var page in _pages)
            {
                page.Writer.TryWrite(e);
            }
        }
    }

    /// <summary>The events for one page, until <paramref name="cancellationToken"/> fires or the stream completes.</summary>
    public ChannelReader<BoardEvent> Subscribe(CancellationToken cancellationToken)
    {
        var page = Channel.CreateUnbounded<BoardEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            foreach (var e in _sofar)
            {
                page.Writer.TryWrite(e);
            }

            page.Writer.TryWrite(BoardEvent.Of("live", new { replayed = _sofar.Count }));
            _pages.Add(page);
        }

        cancellationToken.Register(() =>
        {
            lock (_gate)
            {
                _pages.Remove(page);
            }

            page.Writer.TryComplete();
        });
        return page.Reader;
    }

    /// <summary>Ends every page's stream (the board stops).</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _pages.ForEach(p => p.Writer.TryComplete());
            _pages.Clear();
        }
    }
}
