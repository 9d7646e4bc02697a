using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Tests.Uitvoeren;

/// <summary>
/// Two small STTR rule sets for a fictional schuur (shed): a Conclusie with a location question
/// (geoVerwijzing on <see cref="Zone"/>) and a question, and Indieningsvereisten with a question and
/// two documents, the second only when the shed is large.
/// </summary>
internal static class LoketDmn
{
    public const string Ref = "http://toepasbare-regels.omgevingswet.overheid.nl/id/activiteit/nl.imow-gm9999.activiteit.schuurbouwen";
    public const string ActiviteitId = "nl.imow-gm9999.activiteit.schuurbouwen";
    public const string Zone = "nl.imow-gm9999.gebied.schuurzone";

    private const string Head = $"""
        <definitions xmlns="{DmnNamespaces.Dmn13}" xmlns:uitv="{DmnNamespaces.Uitvoeringsregel}" xmlns:inter="{DmnNamespaces.Interactieregel}" xmlns:bedr="{DmnNamespaces.Bedrijfsregel}" id="defs" name="Schuur" namespace="urn:test">
        """;

    public static DmnModel Conclusie() => DmnParser.Parse(Head + $"""
          <extensionElements><uitv:uitvoeringsregels>
            <uitv:uitvoeringsregel id="vraag-zone"><inter:prioriteit>1</inter:prioriteit><uitv:geoVerwijzing><uitv:locatie identificatie="{Zone}"/><uitv:vraagTekst>In de zone?</uitv:vraagTekst></uitv:geoVerwijzing></uitv:uitvoeringsregel>
            <uitv:uitvoeringsregel id="vraag-groot"><inter:prioriteit>2</inter:prioriteit><uitv:vraag><uitv:gegevensType>boolean</uitv:gegevensType><uitv:vraagTekst>Is de schuur groter dan 30 m2?</uitv:vraagTekst></uitv:vraag></uitv:uitvoeringsregel>
          </uitv:uitvoeringsregels></extensionElements>
          <inputData id="in-zone" name="Zone"><extensionElements><uitv:uitvoeringsregelRef href="#vraag-zone"/></extensionElements><variable id="v1" name="Zone" typeRef="boolean"/></inputData>
          <inputData id="in-groot" name="Groot"><extensionElements><uitv:uitvoeringsregelRef href="#vraag-groot"/></extensionElements><variable id="v2" name="Groot" typeRef="boolean"/></inputData>
          <decision id="d1" name="Conclusie"><extensionElements><bedr:functioneleStructuurRef href="{Ref}"/></extensionElements><variable id="dv" name="Conclusie" typeRef="string"/>
            <informationRequirement id="i1"><requiredInput href="#in-zone"/></informationRequirement>
            <informationRequirement id="i2"><requiredInput href="#in-groot"/></informationRequirement>
            <decisionTable id="t1" hitPolicy="UNIQUE">
              <input id="c1"><inputExpression id="e1" typeRef="boolean"><text>Zone</text></inputExpression></input>
              <input id="c2"><inputExpression id="e2" typeRef="boolean"><text>Groot</text></inputExpression></input>
              <output id="o1" name="Conclusie" typeRef="string"/>
              <rule id="r1"><inputEntry><text>false</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>"NietVanToepassing"</text></outputEntry></rule>
              <rule id="r2"><inputEntry><text>true</text></inputEntry><inputEntry><text>true</text></inputEntry><outputEntry><text>"Vergunningplicht"</text></outputEntry></rule>
              <rule id="r3"><inputEntry><text>true</text></inputEntry><inputEntry><text>false</text></inputEntry><outputEntry><text>"Toestemmingsvrij"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """);

    public static DmnModel Indieningsvereisten() => DmnParser.Parse(Head + $"""
          <extensionElements><uitv:uitvoeringsregels>
            <uitv:uitvoeringsregel id="vraag-groot"><inter:prioriteit>1</inter:prioriteit><uitv:vraag><uitv:gegevensType>boolean</uitv:gegevensType><uitv:vraagTekst>Is de schuur groter dan 30 m2?</uitv:vraagTekst></uitv:vraag></uitv:uitvoeringsregel>
            <uitv:uitvoeringsregel id="bijlage-tekening"><inter:prioriteit>2</inter:prioriteit><uitv:bijlage><uitv:bijlageType>Bouwtekening</uitv:bijlageType></uitv:bijlage></uitv:uitvoeringsregel>
            <uitv:uitvoeringsregel id="bijlage-constructie"><inter:prioriteit>3</inter:prioriteit><uitv:bijlage><uitv:bijlageType>Constructieberekening</uitv:bijlageType></uitv:bijlage></uitv:uitvoeringsregel>
          </uitv:uitvoeringsregels></extensionElements>
          <inputData id="in-groot" name="Groot"><extensionElements><uitv:uitvoeringsregelRef href="#vraag-groot"/></extensionElements><variable id="v1" name="Groot" typeRef="boolean"/></inputData>
          <inputData id="in-tekening" name="Tekening"><extensionElements><uitv:uitvoeringsregelRef href="#bijlage-tekening"/></extensionElements><variable id="v2" name="Tekening" typeRef="boolean"/></inputData>
          <inputData id="in-constructie" name="Constructie"><extensionElements><uitv:uitvoeringsregelRef href="#bijlage-constructie"/></extensionElements><variable id="v3" name="Constructie" typeRef="boolean"/></inputData>
          <decision id="d1" name="Indienbaar"><extensionElements><bedr:functioneleStructuurRef href="{Ref}"/></extensionElements><variable id="dv" name="Indienbaar" typeRef="boolean"/>
            <informationRequirement id="i1"><requiredInput href="#in-groot"/></informationRequirement>
            <informationRequirement id="i2"><requiredInput href="#in-tekening"/></informationRequirement>
            <informationRequirement id="i3"><requiredInput href="#in-constructie"/></informationRequirement>
            <decisionTable id="t1" hitPolicy="UNIQUE">
              <input id="c1"><inputExpression id="e1" typeRef="boolean"><text>Groot</text></inputExpression></input>
              <input id="c2"><inputExpression id="e2" typeRef="boolean"><text>Tekening</text></inputExpression></input>
              <input id="c3"><inputExpression id="e3" typeRef="boolean"><text>Constructie</text></inputExpression></input>
              <output id="o1" name="Indienbaar" typeRef="boolean"/>
              <rule id="r1"><inputEntry><text>-</text></inputEntry><inputEntry><text>false</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>false</text></outputEntry></rule>
              <rule id="r2"><inputEntry><text>false</text></inputEntry><inputEntry><text>true</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>true</text></outputEntry></rule>
              <rule id="r3"><inputEntry><text>true</text></inputEntry><inputEntry><text>true</text></inputEntry><inputEntry><text>true</text></inputEntry><outputEntry><text>true</text></outputEntry></rule>
              <rule id="r4"><inputEntry><text>true</text></inputEntry><inputEntry><text>true</text></inputEntry><inputEntry><text>false</text></inputEntry><outputEntry><text>false</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """);
}
