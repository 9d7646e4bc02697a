namespace ChainHarness.Simulators.World.Swf;

/// <summary>What an SWF operation came to: the value, or the HTTP status and the reason it was refused.</summary>
public sealed record SwfResult<T>(T? Value, int Status, string? Refusal)
    where T : class
{
    public bool Succeeded => Refusal is null;

    public static SwfResult<T> Ok(T value, int status = 200) => new(value, status, null);

    public static SwfResult<T> Refused(int status, string why) => new(null, status, why);
}
