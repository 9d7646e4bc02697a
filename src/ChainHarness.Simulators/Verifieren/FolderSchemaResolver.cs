using System.Xml;

namespace ChainHarness.Simulators.Verifieren;

/// <summary>
/// Resolves schema imports inside one folder only: a location is looked up by file name in the
/// folder, so nothing is ever fetched from the network; anything else fails.
/// </summary>
internal sealed class FolderSchemaResolver(string folder) : XmlResolver
{
    private readonly string _folder = Path.GetFullPath(folder);

    public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
    {
        var name = Path.GetFileName(relativeUri ?? "");
        var local = Path.Combine(_folder, name);
        return File.Exists(local) ? new Uri(local) : throw new XmlException($"schema '{relativeUri}' is not in the schema folder");
    }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        var path = Path.GetFullPath(absoluteUri.LocalPath);
        return absoluteUri.IsFile && Path.GetDirectoryName(path) == _folder ? File.OpenRead(path) : throw new XmlException($"'{absoluteUri}' lies outside the schema folder");
    }
}
