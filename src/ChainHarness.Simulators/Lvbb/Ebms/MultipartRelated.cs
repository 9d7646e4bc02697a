using System.Text;

namespace ChainHarness.Simulators.Lvbb.Ebms;

/// <summary>
/// Reads and writes <c>multipart/related</c> bodies (SOAP 1.1 with attachments, as ebMS 2.0 carries its
/// payloads): parts split on the boundary, each with its MIME headers and binary body.
/// </summary>
public static class MultipartRelated
{
    /// <summary>The parts, or null with the reason when the body is not multipart/related with a boundary.</summary>
    public static IReadOnlyList<MimePart>? Parse(byte[] body, string? contentType, out string? error)
    {
        error = null;
        if (contentType is null || !contentType.TrimStart().StartsWith("multipart/related", StringComparison.OrdinalIgnoreCase))
        {
            error = $"Content-Type is '{contentType ?? "(none)"}', not multipart/related";
            return null;
        }

        if (Parameter(contentType, "boundary") is not { Length: > 0 } boundary)
        {
            error = "the multipart/related Content-Type has no boundary";
            return null;
        }

        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<MimePart>();
        var at = IndexOf(body, delimiter, 0);
        while (at >= 0)
        {
            var start = at + delimiter.Length;
            if (start + 1 < body.Length && body[start] == '-' && body[start + 1] == '-')
            {
                return parts;
            }

            start = SkipLineEnd(body, start);
            var next = IndexOf(body, delimiter, start);
            if (next < 0)
            {
                break;
            }

            var end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n')
            {
                end -= 2;
            }
            else if (end >= 1 && body[end - 1] == '\n')
            {
                end -= 1;
            }

            parts.Add(ReadPart(body.AsSpan(start, Math.Max(0, end - start))));
            at = next;
        }

        error = "the multipart body has no closing boundary";
        return null;
    }

    /// <summary>The body and its Content-Type (the first part is the SOAP envelope, <c>start</c> names it).</summary>
    public static (byte[] Body, string ContentType) Write(IReadOnlyList<MimePart> parts)
    {
        var boundary = "MIMEBoundary_" + Guid.NewGuid().ToString("N");
        using var stream = new MemoryStream();
        foreach (var part in parts)
        {
            Ascii(stream, $"--{boundary}\r\n");
            foreach (var (name, value) in part.Headers)
            {
                Ascii(stream, $"{Capitalise(name)}: {value}\r\n");
            }

            Ascii(stream, "\r\n");
            stream.Write(part.Body);
            Ascii(stream, "\r\n");
        }

        Ascii(stream, $"--{boundary}--\r\n");
        var start = parts.Count > 0 ? $"; start=\"<{parts[0].ContentId}>\"" : "";
        return (stream.ToArray(), $"multipart/related; type=\"text/xml\"; boundary=\"{boundary}\"{start}");
    }

    /// <summary>A parameter of a header value (<c>boundary</c>, <c>start</c>), quotes removed.</summary>
    public static string? Parameter(string headerValue, string name)
    {
        foreach (var piece in headerValue.Split(';').Skip(1))
        {
            var eq = piece.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && piece[..eq].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return piece[(eq + 1)..].Trim().Trim('"');
            }
        }

        return null;
    }

    private static MimePart ReadPart(ReadOnlySpan<byte> raw)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        while (position < raw.Length)
        {
            var lineEnd = raw[position..].IndexOf((byte)'\n');
            var line = Encoding.ASCII.GetString(lineEnd < 0 ? raw[position..] : raw.Slice(position, lineEnd)).TrimEnd('\r');
            position = lineEnd < 0 ? raw.Length : position + lineEnd + 1;
            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return new MimePart(headers, raw[position..].ToArray());
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        var index = haystack.AsSpan(from).IndexOf(needle);
        return index < 0 ? -1 : from + index;
    }

    private static int SkipLineEnd(byte[] body, int at)
    {
        while (at < body.Length && (body[at] == ' ' || body[at] == '\t'))
        {
            at++;
        }

        if (at < body.Length && body[at] == '\r')
        {
            at++;
        }

        return at < body.Length && body[at] == '\n' ? at + 1 : at;
    }

    private static string Capitalise(string name) =>
        string.Join('-', name.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    private static void Ascii(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
