using ChainHarness.Simulators.Hosting;

namespace ChainHarness.Simulators.Tests.Hosting;

public sealed class LoopbackTests
{
    [Test]
    public async Task Start_ManyAtOnceOnPortZero_EachOnItsOwnPortOnLoopbackAndAnswering()
    {
        // Given twenty servers started at the same moment, as the simulators of a sweep are
        var servers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Loopback.Start())));
        try
        {
            // Then each has its own port, on 127.0.0.1, and answers there
            Assert.That(servers.Select(s => s.Port).Distinct().Count(), Is.EqualTo(20));
            Assert.That(servers.Select(s => new Uri(s.Url!).Host), Is.All.EqualTo("127.0.0.1"));
            using var http = new HttpClient();
            using var answer = await http.GetAsync(servers[^1].Url + "/anything");
            Assert.That((int)answer.StatusCode, Is.EqualTo(404));
        }
        finally
        {
            foreach (var server in servers)
            {
                server.Stop();
                server.Dispose();
            }
        }
    }
}
