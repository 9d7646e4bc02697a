using ChainHarness.Engine.Ports;
using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// The checks of Regels verifiëren on one STTR file: well-formed DMN (no DTD), XSD validation when a
/// schema folder is configured, then the built-in rules. It stores nothing and knows nothing of Ozon:
/// a location that does not exist passes here and is refused only at delivery (F12).
/// </summary>
public sealed class RegelsVerifier(string? schemaFolder)
{
    public static IReadOnlyList<IVerificationRule> Rules { get; } =
        [new QuestionRule(), new OutcomeRule(), new TableRule(), new ReferenceRule(), new TypeRule()];

    public VerificatieRapport Verify(string xml, RegelbeheerobjectType? type = null, string? activityId = null)
    {
        var meldingen = new List<VerificatieMelding>();
        DmnModel model;
        try
        {
            var document = DmnParser.LoadXml(xml);
            model = DmnParser.FromDocument(document);
        }
        catch (DmnFormatException ex)
        {
            return new VerificatieRapport([VerificatieMelding.Fout("TRV-001", ex.Message)]);
        }

        if (schemaFolder is not null)
        {
            meldingen.AddRange(DmnSchemas.Load(schemaFolder).Validate(xml, model.Version));
        }

        var context = new VerificationContext(model, type, activityId);
        meldingen.AddRange(Rules.SelectMany(r => r.Check(context)));
        return new VerificatieRapport(meldingen);
    }
}
