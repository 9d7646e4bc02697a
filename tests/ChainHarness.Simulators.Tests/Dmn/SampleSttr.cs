using ChainHarness.Simulators.Dmn;

namespace ChainHarness.Simulators.Tests.Dmn;

/// <summary>A hand-written STTR file (DMN 1.2, IMTR v1.0 extension elements) exercising every part the evaluator reads.</summary>
internal static class SampleSttr
{
    public const string Ref = "http://toepasbare-regels.omgevingswet.overheid.nl/id/activiteit/nl.imow-gm9999.activiteit.dakkapel";

    public static readonly string Dakkapel = $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <dmn:definitions xmlns:dmn="{{DmnNamespaces.Dmn12}}"
            xmlns:inter="http://toepasbare-regels.omgevingswet.overheid.nl/v1.0/Interactieregel"
            xmlns:uitv="http://toepasbare-regels.omgevingswet.overheid.nl/v1.0/Uitvoeringsregel"
            xmlns:bedr="http://toepasbare-regels.omgevingswet.overheid.nl/v1.0/Bedrijfsregel"
            xmlns:content="http://toepasbare-regels.omgevingswet.overheid.nl/v1.0/Content"
            id="defs" name="Conclusie dakkapel" namespace="urn:test">
          <dmn:extensionElements>
            <inter:regelgroepen>
              <inter:regelgroep id="g1"><inter:naam>Situatie</inter:naam><inter:prioriteit>2</inter:prioriteit></inter:regelgroep>
              <inter:regelgroep id="g2"><inter:naam>Algemeen</inter:naam><inter:prioriteit>1</inter:prioriteit></inter:regelgroep>
            </inter:regelgroepen>
            <uitv:uitvoeringsregels>
              <uitv:uitvoeringsregel id="U1"><uitv:regelgroepRef href="#g1"/><inter:prioriteit>1</inter:prioriteit>
                <uitv:vraag><uitv:gegevensType>boolean</uitv:gegevensType><uitv:vraagTekst>Is het pand een monument?</uitv:vraagTekst></uitv:vraag></uitv:uitvoeringsregel>
              <uitv:uitvoeringsregel id="U2"><uitv:regelgroepRef href="#g2"/><inter:prioriteit>5</inter:prioriteit>
                <uitv:vraag><uitv:gegevensType>list</uitv:gegevensType><uitv:vraagTekst>Op welk dakvlak komt de dakkapel?</uitv:vraagTekst>
                  <uitv:opties><uitv:optieType>enkelAntwoord</uitv:optieType>
                    <uitv:optie><uitv:sequenceId>2</uitv:sequenceId><uitv:optieText>Achterkant</uitv:optieText></uitv:optie>
                    <uitv:optie><uitv:sequenceId>1</uitv:sequenceId><uitv:optieText>Voorkant</uitv:optieText></uitv:optie>
                  </uitv:opties></uitv:vraag></uitv:uitvoeringsregel>
              <uitv:uitvoeringsregel id="U3"><uitv:vasteWaarde><uitv:waardeVraag>Is het gebouw illegaal?</uitv:waardeVraag><uitv:waarde>false</uitv:waarde><uitv:gegevensType>boolean</uitv:gegevensType></uitv:vasteWaarde></uitv:uitvoeringsregel>
              <uitv:uitvoeringsregel id="U4"><uitv:geoVerwijzing><uitv:locatie identificatie="nl.imow-gm9999.gebied.dakkapelzone"/><uitv:vraagTekst>Ligt het pand in de dakkapelzone?</uitv:vraagTekst></uitv:geoVerwijzing></uitv:uitvoeringsregel>
            </uitv:uitvoeringsregels>
          </dmn:extensionElements>
          <dmn:inputData id="in-monument" name="Monument"><dmn:extensionElements><uitv:uitvoeringsregelRef href="#U1"/></dmn:extensionElements><dmn:variable name="Monument" typeRef="boolean"/></dmn:inputData>
          <dmn:inputData id="in-dakvlak" name="Dakvlak"><dmn:extensionElements><uitv:uitvoeringsregelRef href="#U2"/></dmn:extensionElements><dmn:variable name="Dakvlak" typeRef="string"/></dmn:inputData>
          <dmn:inputData id="in-illegaal" name="Illegaal"><dmn:extensionElements><uitv:uitvoeringsregelRef href="#U3"/></dmn:extensionElements><dmn:variable name="Illegaal" typeRef="boolean"/></dmn:inputData>
          <dmn:inputData id="in-zone" name="In zone"><dmn:extensionElements><uitv:uitvoeringsregelRef href="#U4"/></dmn:extensionElements><dmn:variable name="In zone" typeRef="boolean"/></dmn:inputData>
          <dmn:decision id="d-achter" name="Achterdakvlak">
            <dmn:variable name="Achterdakvlak" typeRef="boolean"/>
            <dmn:informationRequirement><dmn:requiredInput href="#in-dakvlak"/></dmn:informationRequirement>
            <dmn:decisionTable hitPolicy="ANY">
              <dmn:input><dmn:inputExpression typeRef="string"><dmn:text>Dakvlak</dmn:text></dmn:inputExpression></dmn:input>
              <dmn:output/>
              <dmn:rule><dmn:inputEntry><dmn:text>"Achterkant"</dmn:text></dmn:inputEntry><dmn:outputEntry><dmn:text>true</dmn:text></dmn:outputEntry></dmn:rule>
              <dmn:rule><dmn:inputEntry><dmn:text>"Voorkant"</dmn:text></dmn:inputEntry><dmn:outputEntry><dmn:text>false</dmn:text></dmn:outputEntry></dmn:rule>
            </dmn:decisionTable>
          </dmn:decision>
          <dmn:decision id="d-aansluitpunt" name="Aansluitpunt">
            <dmn:variable name="Aansluitpunt" typeRef="boolean"/>
            <dmn:invocation><dmn:literalExpression><dmn:text>invoke</dmn:text></dmn:literalExpression></dmn:invocation>
          </dmn:decision>
          <dmn:decision id="d-hoogte" name="Standaardhoogte">
            <dmn:literalExpression><dmn:text>175</dmn:text></dmn:literalExpression>
          </dmn:decision>
          <dmn:decision id="d-conclusie" name="Conclusie">
            <dmn:extensionElements><bedr:functioneleStructuurRef href="#{{Ref}}"/></dmn:extensionElements>
            <dmn:variable name="Conclusie" typeRef="string"/>
            <dmn:informationRequirement><dmn:requiredInput href="#in-zone"/></dmn:informationRequirement>
            <dmn:informationRequirement><dmn:requiredInput href="#in-monument"/></dmn:informationRequirement>
            <dmn:informationRequirement><dmn:requiredDecision href="#d-achter"/></dmn:informationRequirement>
            <dmn:informationRequirement><dmn:requiredInput href="#in-illegaal"/></dmn:informationRequirement>
            <dmn:decisionTable hitPolicy="UNIQUE">
              <dmn:input><dmn:inputExpression typeRef="boolean"><dmn:text>In zone</dmn:text></dmn:inputExpression></dmn:input>
              <dmn:input><dmn:inputExpression typeRef="boolean"><dmn:text>Achterdakvlak</dmn:text></dmn:inputExpression></dmn:input>
              <dmn:input><dmn:inputExpression typeRef="boolean"><dmn:text>Monument</dmn:text></dmn:inputExpression></dmn:input>
              <dmn:input><dmn:inputExpression typeRef="boolean"><dmn:text>Illegaal</dmn:text></dmn:inputExpression></dmn:input>
              <dmn:output><dmn:outputValues><dmn:text>"Vergunningplicht","Toestemmingsvrij","Verbod","NietVanToepassing"</dmn:text></dmn:outputValues></dmn:output>
              <dmn:rule><dmn:inputEntry><dmn:text>false</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>-</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>-</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>-</dmn:text></dmn:inputEntry>
                <dmn:outputEntry><dmn:text>"NietVanToepassing"</dmn:text></dmn:outputEntry></dmn:rule>
              <dmn:rule><dmn:inputEntry><dmn:text>true</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>-</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>true</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>-</dmn:text></dmn:inputEntry>
                <dmn:outputEntry><dmn:text>"Vergunningplicht"</dmn:text></dmn:outputEntry></dmn:rule>
              <dmn:rule><dmn:inputEntry><dmn:text>true</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>true</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>false</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>false</dmn:text></dmn:inputEntry>
                <dmn:outputEntry><dmn:extensionElements><content:conclusieToelichting><content:toelichting>U mag bouwen zonder vergunning.</content:toelichting></content:conclusieToelichting></dmn:extensionElements><dmn:text>"Toestemmingsvrij"</dmn:text></dmn:outputEntry></dmn:rule>
              <dmn:rule><dmn:inputEntry><dmn:text>true</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>false</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>false</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>-</dmn:text></dmn:inputEntry>
                <dmn:outputEntry><dmn:text>"Vergunningplicht"</dmn:text></dmn:outputEntry></dmn:rule>
              <dmn:rule><dmn:inputEntry><dmn:text>true</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>true</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>false</dmn:text></dmn:inputEntry><dmn:inputEntry><dmn:text>true</dmn:text></dmn:inputEntry>
                <dmn:outputEntry><dmn:text>"Verbod"</dmn:text></dmn:outputEntry></dmn:rule>
            </dmn:decisionTable>
          </dmn:decision>
        </dmn:definitions>
        """;
}
