using System.Text.RegularExpressions;

namespace ChainHarness.Simulators.Hosting;

/// <summary>
/// A simulator's routes, all in one place: method + path template (<c>/opdrachten/{id}/verslag</c>)
/// → handler. Templates are relative to the simulator's base path.
/// </summary>
public sealed class RouteTable
{
    private readonly List<(string Method, Regex Pattern, string Template, Func<SimRequest, SimResponse> Handler)> _routes = [];

    public IReadOnlyList<string> Templates => _routes.Select(r => $"{r.Method} {r.Template}").ToList();

    public RouteTable Get(string template, Func<SimRequest, SimResponse> handler) => Map("GET", template, handler);

    public RouteTable Post(string template, Func<SimRequest, SimResponse> handler) => Map("POST", template, handler);

    public RouteTable Put(string template, Func<SimRequest, SimResponse> handler) => Map("PUT", template, handler);

    public RouteTable Delete(string template, Func<SimRequest, SimResponse> handler) => Map("DELETE", template, handler);

    public RouteTable Map(string method, string template, Func<SimRequest, SimResponse> handler)
    {
        var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{(\w+)}", "(?<$1>[^/]+)") + "/?$";
        _routes.Add((method, new Regex(pattern, RegexOptions.CultureInvariant), template, handler));
        return this;
    }

    /// <summary>The handler for a request, or null with whether the path exists under another method.</summary>
    public (Func<SimRequest, SimResponse>? Handler, IReadOnlyDictionary<string, string> Parameters, bool PathKnown) Match(string method, string path)
    {
        var pathKnown = false;
        foreach (var route in _routes)
        {
            var match = route.Pattern.Match(path);
            if (!match.Success)
            {
                continue;
            }

            pathKnown = true;
            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                var parameters = route.Pattern.GetGroupNames()
                    .Where(n => !int.TryParse(n, out _))
                    .ToDictionary(n => n, n => Uri.UnescapeDataString(match.Groups[n].Value));
                return (route.Handler, parameters, true);
            }
        }

        return (null, new Dictionary<string, string>(), pathKnown);
    }
}
