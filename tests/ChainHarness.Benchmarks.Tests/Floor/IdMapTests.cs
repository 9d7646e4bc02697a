using System.Text;
using ChainHarness.Benchmarks.Floor;

namespace ChainHarness.Benchmarks.Tests.Floor;

public sealed class IdMapTests
{
    [Test]
    public void Learn_JsonAnswersWithAServerCreatedId_RewritesItInLaterUrlsAndTextBodies()
    {
        var ids = new IdMap();
        ids.Learn(
            "application/json",
            Encoding.UTF8.GetBytes("""{"url":"http://127.0.0.1:1/zaken/3f1c0a9e-old","verzoeknummer":"V-0000001","count":1}"""),
            Encoding.UTF8.GetBytes("""{"url":"http://127.0.0.1:1/zaken/77aa00bb-new","verzoeknummer":"V-0000002","count":1}"""),
            null,
            null);

        Assert.That(ids.Apply("http://127.0.0.1:1/zaken/3f1c0a9e-old/zaakeigenschappen"), Is.EqualTo("http://127.0.0.1:1/zaken/77aa00bb-new/zaakeigenschappen"));
        Assert.That(Encoding.UTF8.GetString(ids.Apply(Encoding.UTF8.GetBytes("""{"verzoek":"V-0000001"}"""))), Is.EqualTo("""{"verzoek":"V-0000002"}"""));
    }

    [Test]
    public void Apply_BinaryBody_SentAsRecorded()
    {
        var ids = new IdMap();
        ids.Add("V-0000001", "V-0000002");
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x00, .. "V-0000001"u8.ToArray()];

        Assert.That(ids.Apply(zip), Is.SameAs(zip));
    }

    [Test]
    public void Add_ShortValue_NotLearnt()
    {
        var ids = new IdMap();
        ids.Add("1", "2");

        Assert.That(ids.Apply("page=1"), Is.EqualTo("page=1"));
    }
}
