using ChainHarness.Benchmarks.Floor;

namespace ChainHarness.Benchmarks.Tests.Floor;

public sealed class FloorPlanTests
{
    [Test]
    public void From_SameRequestAskedUntilItsAnswerChanged_KeepsOnlyTheLastAskAsAPoll()
    {
        var plan = FloorPlan.From([Get("/a", 200, "x"), Get("/verslag", 404, "busy"), Get("/verslag", 404, "busy"), Get("/verslag", 200, "verslag"), Get("/b", 200, "y")]);

        Assert.That(plan.Select(s => (s.Exchange.Url.AbsolutePath, s.Exchange.Status, s.IsPoll)),
            Is.EqualTo(new[] { ("/a", 200, false), ("/verslag", 200, true), ("/b", 200, false) }));
    }

    [Test]
    public void From_SameRequestWithTheSameAnswer_KeptAsTheChainSentIt()
    {
        var plan = FloorPlan.From([Get("/a", 200, "x"), Get("/a", 200, "x")]);

        Assert.That(plan, Has.Count.EqualTo(2));
        Assert.That(plan.Select(s => s.IsPoll), Is.All.False);
    }

    private static RecordedExchange Get(string path, int status, string answer) =>
        new("Ozon", "GET", new Uri("http://127.0.0.1:5000" + path), [], [], status, "application/json", System.Text.Encoding.UTF8.GetBytes(answer), null);
}
