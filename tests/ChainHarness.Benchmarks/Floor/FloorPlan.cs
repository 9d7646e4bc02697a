namespace ChainHarness.Benchmarks.Floor;

/// <summary>
/// The requests a raw client needs for the chain: what the chain's client sent, with each poll
/// (the same request asked again until its answer changed) kept once, as its last, ready, ask.
/// </summary>
internal static class FloorPlan
{
    public static IReadOnlyList<FloorStep> From(IReadOnlyList<RecordedExchange> recorded)
    {
        var steps = new List<FloorStep>();
        for (var i = 0; i < recorded.Count; i++)
        {
            var run = i;
            while (run + 1 < recorded.Count && recorded[run + 1].SameRequest(recorded[i]))
            {
                run++;
            }

            var last = recorded[run];
            var polled = run > i && !recorded[i].SameAnswer(last);
            if (polled)
            {
                steps.Add(new FloorStep(last, IsPoll: true));
            }
            else
            {
                // Asked again with the same answer each time: not a poll but the chain's own repeat, kept as it is.
                steps.AddRange(recorded.Skip(i).Take(run - i + 1).Select(e => new FloorStep(e, IsPoll: false)));
            }

            i = run;
        }

        return steps;
    }
}
