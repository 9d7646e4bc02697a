namespace ChainHarness.Engine.Loket;

/// <summary>
/// What a <c>_bepaal</c> call of Toepasbare regels uitvoeren v3 came to for one functioneleStructuurRef:
/// the activities, the questions still open, and the conclusion (conclusie) or the required
/// documents (indieningsvereisten) once every question is answered.
/// </summary>
public sealed record BepaalUitkomst(
    IReadOnlyList<RegelActiviteit> Activiteiten,
    IReadOnlyList<OpenVraag> Vragen,
    string? Conclusie,
    IReadOnlyList<GevraagdDocument> Documenten);
