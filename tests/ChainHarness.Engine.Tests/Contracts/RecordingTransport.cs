using ChainHarness.Engine.Http;
using ChainHarness.Testing.Contracts;

namespace ChainHarness.Engine.Tests.Contracts;

/// <summary>A transport that sends nothing: every request the engine's client makes goes to a <see cref="RecordingHandler"/>.</summary>
internal sealed class RecordingTransport(RecordingHandler handler) : HttpTransport
{
    public override HttpMessageHandler Handler(HttpMessageHandler standard) => handler;
}
