using System.Net;
using System.Net.Sockets;
using ChainHarness.Simulators.Hosting;

namespace ChainHarness.Simulators.Tests.Hosting;

public sealed class FreePortTests
{
    [Test]
    public void Start_PortTakenBetweenAskingAndBinding_StartsOnTheNextFreePort()
    {
        // Given a port another server took after it was found free
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var taken = ((IPEndPoint)other.LocalEndpoint).Port;
        var ports = new Queue<int>([taken, FreePort.Next()]);

        // When a simulator starts on the first free port it is given
        using var server = FreePort.Start(p => SimulatorServer.Listen(p, admin: false), ports.Dequeue);

        // Then it clashed once and runs on the second
        Assert.That(server.Port, Is.Not.EqualTo(taken));
        Assert.That(ports, Is.Empty);
    }

    [Test]
    public void Start_OtherFailure_IsNotRetried()
    {
        var calls = 0;

        Assert.Throws<InvalidOperationException>(() => FreePort.Start<int>(_ => { calls++; throw new InvalidOperationException("broken"); }));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void Start_EveryPortTaken_GivesUpAfterTheLastAttempt()
    {
        var calls = 0;

        Assert.Throws<IOException>(() => FreePort.Start<int>(_ => { calls++; throw new IOException("Failed to bind: address already in use"); }));
        Assert.That(calls, Is.EqualTo(FreePort.Attempts));
    }
}
