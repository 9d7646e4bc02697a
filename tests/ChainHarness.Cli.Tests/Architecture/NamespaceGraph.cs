using ArchUnitNET.Domain;

namespace ChainHarness.Cli.Tests.Architecture;

/// <summary>
/// The namespaces of one project and which of them each depends on (any type-to-type dependency ArchUnitNET
/// sees: fields, signatures, calls, attributes, generic arguments), with the cycles among them.
/// </summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, SortedSet<string>> _edges;

    private NamespaceGraph(Dictionary<string, SortedSet<string>> edges) => _edges = edges;

    /// <summary>The graph of the namespaces that start with <paramref name="root"/>.</summary>
    public static NamespaceGraph Of(ArchUnitNET.Domain.Architecture architecture, string root)
    {
        bool Inside(IType t) => Namespace(t) is var n && (n == root || n.StartsWith(root + ".", StringComparison.Ordinal));
        var edges = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in architecture.Types.Where(Inside))
        {
            var from = Namespace(type);
            var targets = edges.TryGetValue(from, out var set) ? set : edges[from] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var target in type.Dependencies.Select(d => d.Target).Where(Inside).Select(Namespace).Where(n => n != from))
            {
                targets.Add(target);
            }
        }

        return new NamespaceGraph(edges);
    }

    /// <summary>A graph from plain edges (for testing the cycle finder itself).</summary>
    public static NamespaceGraph From(IEnumerable<(string From, string To)> edges)
    {
        var map = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            (map.TryGetValue(from, out var set) ? set : map[from] = new SortedSet<string>(StringComparer.Ordinal)).Add(to);
            map.TryAdd(to, new SortedSet<string>(StringComparer.Ordinal));
        }

        return new NamespaceGraph(map);
    }

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    public IEnumerable<string> DependenciesOf(string ns) => _edges.TryGetValue(ns, out var set) ? set : [];

    /// <summary>Every group of two or more namespaces that depend on each other in a circle (Tarjan's strongly connected components).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in DependenciesOf(v))
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var v in _edges.Keys.Order(StringComparer.Ordinal).Where(v => !index.ContainsKey(v)))
        {
            Visit(v);
        }

        return cycles;
    }

    /// <summary>One line per cycle, each namespace with the ones of its cycle it depends on.</summary>
    public string Describe(IEnumerable<IReadOnlyList<string>> cycles) => string.Join(
        Environment.NewLine,
        cycles.Select(c => $"cycle of {c.Count}: " + string.Join("; ", c.Select(n => $"{n} → {string.Join(", ", DependenciesOf(n).Where(c.Contains))}"))));

    private static string Namespace(IType type) => type.Namespace?.FullName ?? "";
}
