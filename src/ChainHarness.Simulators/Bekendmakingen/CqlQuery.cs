using System.Text.RegularExpressions;

namespace ChainHarness.Simulators.Bekendmakingen;

/// <summary>
/// The subset of CQL the simulated SRU understands: clauses joined by <c>and</c>, relations
/// <c>== = any &gt;= &lt;= &gt; &lt;</c>, quoted or bare terms, and a <c>sortBy …</c> suffix that is
/// ignored. <c>or</c>, <c>not</c> and brackets are a syntax error here ([design]; the real server
/// supports more).
/// </summary>
public static partial class CqlQuery
{
    public static (IReadOnlyList<CqlClause>? Clauses, string? Error) Parse(string query)
    {
        var text = SortBy().Replace(query, "").Trim();
        if (text.Length == 0)
        {
            return (null, "empty query");
        }

        var clauses = new List<CqlClause>();
        var rest = text;
        while (rest.Length > 0)
        {
            var match = Clause().Match(rest);
            if (!match.Success)
            {
                return (null, $"cannot read '{rest}'");
            }

            var term = match.Groups["quoted"].Success ? match.Groups["quoted"].Value.Replace("\\\"", "\"", StringComparison.Ordinal) : match.Groups["bare"].Value;
            clauses.Add(new CqlClause(match.Groups["index"].Value, match.Groups["rel"].Value.ToLowerInvariant(), term));
            rest = rest[match.Length..].TrimStart();
            if (rest.Length == 0)
            {
                break;
            }

            var and = And().Match(rest);
            if (!and.Success)
            {
                return (null, $"only 'and' joins clauses here, not '{rest.Split(' ')[0]}'");
            }

            rest = rest[and.Length..];
        }

        return (clauses, null);
    }

    [GeneratedRegex(@"\s+sortBy\s+.*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SortBy();

    [GeneratedRegex("""^(?<index>[A-Za-z][\w.-]*)\s*(?<rel>==|>=|<=|=|>|<|\bany\b)\s*(?:"(?<quoted>(?:[^"\\]|\\.)*)"|(?<bare>[^\s"()]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();

    [GeneratedRegex(@"^and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex And();
}
