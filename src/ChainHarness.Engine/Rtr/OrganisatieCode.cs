namespace ChainHarness.Engine.Rtr;

/// <summary>
/// The RTR wants the organisation code without its prefix: <c>9999</c> for <c>gm9999</c>. With the
/// prefix it answers 200 and nothing at all, which looks like an empty register [seen].
/// </summary>
public static class OrganisatieCode
{
    public static string WithoutPrefix(string bevoegdGezagCode) => new([.. bevoegdGezagCode.SkipWhile(char.IsAsciiLetter)]);
}
