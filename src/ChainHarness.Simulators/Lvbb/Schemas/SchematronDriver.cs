using System.Xml.Linq;

namespace ChainHarness.Simulators.Lvbb.Schemas;

/// <summary>
/// The XSLT 3.0 driver: for each file URI in the text file <c>$list</c>, writes <c>##uri</c> and
/// applies every compiled Schematron module to it with <c>fn:transform</c> (Saxon caches each
/// compiled module). A module that fails writes <c>!!</c> and the error instead of passing silently.
/// </summary>
internal static class SchematronDriver
{
    private static readonly XNamespace Xsl = SchematronCompiler.Xsl;
    private static readonly XNamespace Err = "http://www.w3.org/2005/xqt-errors";

    public static XDocument Create(IEnumerable<string> modules)
    {
        var sequence = "(" + string.Join(", ", modules.Select(m => $"'{m}'")) + ")";
        return new XDocument(new XElement(
            Xsl + "stylesheet",
            new XAttribute("version", "3.0"),
            new XAttribute(XNamespace.Xmlns + "xsl", Xsl.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "err", Err.NamespaceName),
            new XElement(Xsl + "output", new XAttribute("method", "text"), new XAttribute("encoding", "UTF-8")),
            new XElement(Xsl + "param", new XAttribute("name", "list"), new XAttribute("required", "yes")),
            new XElement(
                Xsl + "template",
                new XAttribute("name", "main"),
                new XElement(
                    Xsl + "for-each",
                    new XAttribute("select", "unparsed-text-lines($list)[normalize-space()]"),
                    new XElement(Xsl + "variable", new XAttribute("name", "file"), new XAttribute("select", ".")),
                    new XElement(Xsl + "value-of", new XAttribute("select", "concat('\n##', $file)")),
                    new XElement(Xsl + "variable", new XAttribute("name", "doc"), new XAttribute("select", "doc($file)")),
                    new XElement(
                        Xsl + "for-each",
                        new XAttribute("select", sequence),
                        new XElement(
                            Xsl + "try",
                            new XElement(Xsl + "value-of", new XAttribute("select", "transform(map{'stylesheet-location': resolve-uri(., static-base-uri()), 'source-node': $doc, 'delivery-format': 'serialized'})?output")),
                            new XElement(Xsl + "catch", new XElement(Xsl + "value-of", new XAttribute("select", "concat('\n!!', ., ': ', $err:code, ' ', $err:description)")))))))));
    }
}
