using System.Text;

namespace IncidentLang.LanguageServer.JsonRpc;

/// <summary>
/// Reads LSP base-protocol messages: <c>Content-Length: N\r\n\r\n</c> followed by N bytes of
/// UTF-8 JSON. Returns null at end of stream. Malformed headers are skipped, never thrown.
/// </summary>
public sealed class MessageReader(Stream input)
{
    private readonly Stream _input = input;
    private readonly byte[] _one = new byte[1];

    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var contentLength = -1;
            while (true)
            {
                var line = await ReadHeaderLineAsync(cancellationToken);
                if (line is null)
                {
                    return null;
                }

                if (line.Length == 0)
                {
                    break;
                }

                var colon = line.IndexOf(':');
                if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(line[(colon + 1)..].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length))
                {
                    contentLength = length;
                }
            }

            if (contentLength < 0)
            {
                continue; // a header block without a length: ignore it and read the next one
            }

            var body = new byte[contentLength];
            var read = 0;
            while (read < contentLength)
            {
                var n = await _input.ReadAsync(body.AsMemory(read), cancellationToken);
                if (n == 0)
                {
                    return null;
                }

                read += n;
            }

            return body;
        }
    }

    private async Task<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        while (true)
        {
            var n = await _input.ReadAsync(_one, cancellationToken);
            if (n == 0)
            {
                return bytes.Count == 0 ? null : Encoding.ASCII.GetString([.. bytes]);
            }

            if (_one[0] == '\n')
            {
                if (bytes.Count > 0 && bytes[^1] == '\r')
                {
                    bytes.RemoveAt(bytes.Count - 1);
                }

                return Encoding.ASCII.GetString([.. bytes]);
            }

            bytes.Add(_one[0]);
            if (bytes.Count > 8192)
            {
                bytes.Clear(); // not a header: drop it
            }
        }
    }
}
