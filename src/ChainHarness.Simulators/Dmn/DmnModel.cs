using ChainHarness.Engine.Loket;
namespace ChainHarness.Simulators.Dmn;

/// <summary>
/// A parsed DMN file (definitions) with its STTR extension elements: decisions, inputData and the
/// uitvoeringsregels that ask for them. Built by <see cref="DmnParser"/>; read by <see cref="DmnEvaluator"/>.
/// </summary>
public sealed class DmnModel
{
    public DmnModel(
        string name,
        string? targetNamespace,
        DmnVersion version,
        IReadOnlyList<DmnDecision> decisions,
        IReadOnlyList<DmnInputData> inputData,
        IReadOnlyList<SttrUitvoeringsregel> uitvoeringsregels)
    {
        Name = name;
        Namespace = targetNamespace;
        Version = version;
        Decisions = decisions;
        InputData = inputData;
        Uitvoeringsregels = uitvoeringsregels;
    }

    public string Name { get; }

    public string? Namespace { get; }

    public DmnVersion Version { get; }

    public IReadOnlyList<DmnDecision> Decisions { get; }

    public IReadOnlyList<DmnInputData> InputData { get; }

    public IReadOnlyList<SttrUitvoeringsregel> Uitvoeringsregels { get; }

    /// <summary>
    /// The entry points: decisions with a functioneleStructuurRef; when none has one, the decisions no
    /// other decision requires.
    /// </summary>
    public IReadOnlyList<DmnDecision> TopDecisions
    {
        get
        {
            var withRef = Decisions.Where(d => d.FunctioneleStructuurRef is not null).ToList();
            if (withRef.Count > 0)
            {
                return withRef;
            }

            var required = Decisions.SelectMany(d => d.RequiredDecisionIds).ToHashSet(StringComparer.Ordinal);
            return Decisions.Where(d => !required.Contains(d.Id)).ToList();
        }
    }

    /// <summary>Every functioneleStructuurRef in the file.</summary>
    public IReadOnlyList<string> FunctioneleStructuurRefs =>
        Decisions.Select(d => d.FunctioneleStructuurRef).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A decision by id, by name, or by its functioneleStructuurRef.</summary>
    public DmnDecision? FindDecision(string key) =>
        Decisions.FirstOrDefault(d => d.Id == key)
        ?? Decisions.FirstOrDefault(d => d.Name == key)
        ?? Decisions.FirstOrDefault(d => d.FunctioneleStructuurRef == key);

    /// <summary>An inputData by id, by name, or by the id of its uitvoeringsregel.</summary>
    public DmnInputData? FindInputData(string key) =>
        InputData.FirstOrDefault(i => i.Id == key)
        ?? InputData.FirstOrDefault(i => i.Name == key)
        ?? InputData.FirstOrDefault(i => i.UitvoeringsregelId == key);

    public SttrUitvoeringsregel? FindUitvoeringsregel(string? id) =>
        id is null ? null : Uitvoeringsregels.FirstOrDefault(u => u.Id == id);

    /// <summary>
    /// What a table column reads: the inputData or decision whose name is the column's expression,
    /// preferring those the decision requires. Null when nothing has that name.
    /// </summary>
    public object? ResolveColumn(DmnDecision decision, DmnTableInput column)
    {
        var name = column.Expression.Trim();
        return (object?)InputData.FirstOrDefault(i => i.Name == name && decision.RequiredInputIds.Contains(i.Id))
            ?? Decisions.FirstOrDefault(d => d.Name == name && decision.RequiredDecisionIds.Contains(d.Id))
            ?? (object?)InputData.FirstOrDefault(i => i.Name == name)
            ?? Decisions.FirstOrDefault(d => d.Name == name && d.Id != decision.Id);
    }
}
