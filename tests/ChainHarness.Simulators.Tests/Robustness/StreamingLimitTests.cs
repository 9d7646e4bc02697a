using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ChainHarness.Engine.Configuration;
using ChainHarness.Engine.Http;
using ChainHarness.Engine.Stop;
using ChainHarness.Simulators.Aanleveren;

namespace ChainHarness.Simulators.Tests.Robustness;

/// <summary>
/// Size limits enforced while bytes arrive, not after buffering them: a simulator answers 413 to a
/// declared oversized upload before its body is sent; a ZIP that inflates past the aanleveren or LVBB
/// limits is refused by what it really unpacks to, not by what it declares.
/// </summary>
[Category("Robustness")]
public sealed class StreamingLimitTests
{
    private LocalSimulation _simulation = null!;

    [OneTimeSetUp]
    public void Start() => _simulation = LocalSimulation.Start(new ProfileOptions());

    [OneTimeTearDown]
    public void Stop() => _simulation.Dispose();

    [TestCase(DsoEndpoint.Lvbb)]
    [TestCase(DsoEndpoint.Aanleveren)]
    [TestCase(DsoEndpoint.Verifieren)]
    public async Task Post_DeclaredUploadOverTheLimit_413BeforeTheBodyIsSent(string endpoint)
    {
        // Given a client that declares 1 GB and sends none of it
        var url = _simulation.EndpointUrls[endpoint];
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, url.Port);
        var stream = client.GetStream();
        var head = $"POST {url.AbsolutePath} HTTP/1.1\r\nHost: 127.0.0.1:{url.Port}\r\nx-api-key: {EndpointOptions.SimulatedApiKey}\r\nContent-Type: application/zip\r\nContent-Length: {1L << 30}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // When the simulator answers (it must not wait for the gigabyte)
        var buffer = new byte[4096];
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var read = await stream.ReadAsync(buffer, limit.Token);
        var answer = Encoding.UTF8.GetString(buffer, 0, read);

        // Then 413, saying why
        Assert.That(answer, Does.StartWith("HTTP/1.1 413").And.Contain("limit"), answer);
    }

    [Test]
    public void AanleverPakket_EntryInflatingPastItsLimit_RefusedNamingTheLimit()
    {
        // Given a ZIP whose one entry is 20 MB of zeros (a few KB packed)
        var bomb = Zip(("regels.dmn", 20 * 1024 * 1024));

        // When / Then
        var error = Assert.Throws<AanleverException>(() => AanleverPakket.Read(bomb));
        Assert.That(error!.Message, Does.Contain("regels.dmn").And.Contain("limit"));
    }

    [Test]
    public void AanleverPakket_ManyEntriesInflatingPastTheTotal_Refused()
    {
        var bomb = Zip([.. Enumerable.Range(0, 6).Select(i => ($"regels{i}.dmn", 15 * 1024 * 1024))]);

        var error = Assert.Throws<AanleverException>(() => AanleverPakket.Read(bomb));
        Assert.That(error!.Message, Does.Contain("limit"));
    }

    [Test]
    public void BoundedInflate_EntryLyingAboutItsSize_NeverUnpacksPastTheLimit()
    {
        // Given an entry that declares 100 bytes (central directory patched) and unpacks to 3 MB
        var zip = Zip(("a.xml", 3 * 1024 * 1024));
        var central = zip.AsSpan().IndexOf(new byte[] { 0x50, 0x4b, 0x01, 0x02 });
        BitConverter.GetBytes(100u).CopyTo(zip, central + 24);
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.That(archive.Entries[0].Length, Is.EqualTo(100), "the archive lies about the size");
        var inflate = new BoundedInflate(maxEntryBytes: 1024 * 1024, maxTotalBytes: 10 * 1024 * 1024);

        // When
        byte[]? bytes = null;
        try
        {
            bytes = inflate.Read(archive.Entries[0]);
        }
        catch (InvalidDataException refused)
        {
            Assert.That(refused.Message, Does.Contain("a.xml").Or.Contain("size"));
        }

        // Then it is refused, or cut at the declared size: never more than the limit in memory
        Assert.That(bytes?.Length ?? 0, Is.LessThanOrEqualTo(1024 * 1024));
    }

    [Test]
    public void DeliveryZip_ZipBomb_RefusedNotUnpacked()
    {
        var error = (string?)null;
        var files = DeliveryZip.TryRead(Zip(("gio.gml", 300 * 1024 * 1024)), out error);

        Assert.That(files, Is.Null);
        Assert.That(error, Does.Contain("limit"));
    }

    private static byte[] Zip(params (string Name, int Zeros)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var chunk = new byte[1024 * 1024];
            foreach (var (name, zeros) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                for (var left = zeros; left > 0; left -= chunk.Length)
                {
                    stream.Write(chunk, 0, Math.Min(left, chunk.Length));
                }
            }
        }

        return buffer.ToArray();
    }
}
