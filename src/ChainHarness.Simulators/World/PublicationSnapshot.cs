namespace ChainHarness.Simulators.World;

/// <summary>
/// What one LVBB publication may change (Ozon's activities and locations, its regelingen, texts and
/// annotations, the bekendmakingen), saved before it starts: a publication that fails midway is undone,
/// so a refused publicatieOpdracht leaves nothing behind; a breekPublicatieAf restores it too (<see cref="LvbbState.Undo"/>,
/// the latest change only). Publications run one at a time
/// (<see cref="LvbbState.PublicationGate"/>) so an undo never takes another's changes with it.
/// </summary>
public sealed class PublicationSnapshot
{
    private readonly Action[] _restore;

    private PublicationSnapshot(Action[] restore) => _restore = restore;

    public static PublicationSnapshot Take(SimulatedWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        return new([.. world.Ozon.Save(), .. world.OzonDocuments.Save(), .. world.Bekendmakingen.Save()]);
    }

    public void Restore()
    {
        foreach (var restore in _restore)
        {
            restore();
        }
    }
}
