using System.Text;

namespace IncidentLang.LanguageServer.JsonRpc;

/// <summary>Writes framed messages; safe to call from several threads.</summary>
public sealed class MessageWriter(Stream output)
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task WriteAsync(ReadOnlyMemory<byte> json)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {json.Length}\r\n\r\n");
        await _lock.WaitAsync();
        try
        {
            await output.WriteAsync(header);
            await output.WriteAsync(json);
            await output.FlushAsync();
        }
        finally
        {
            _lock.Release();
        }
    }
}
