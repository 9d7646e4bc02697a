using ChainHarness.Engine.Loket;
namespace ChainHarness.Engine.Ports;

/// <summary>
/// What step 5 produced for one activity: its functioneleStructuurRef, the STTR files, and the
/// werkzaamheden (plain-language tasks such as "Dakkapel plaatsen") linked to it.
/// </summary>
public sealed record ToepasbareRegelsSet(
    string ActivityId,
    string FunctioneleStructuurRef,
    IReadOnlyList<SttrFile> Files,
    IReadOnlyList<string> Werkzaamheden);
