using System.Text;
using IncidentLang.Emit.Html;

namespace IncidentLang.Tests.Emit;

/// <summary>The briefing's UTF-8 output writes exactly the bytes a <see cref="StreamWriter"/> (UTF-8, no BOM) wrote.</summary>
public sealed class Utf8StreamScriptOutputTests
{
    private static byte[] ThroughWriter(IEnumerable<string> pieces)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 16 * 1024, leaveOpen: true))
        {
            foreach (var piece in pieces)
            {
                writer.Write(piece.AsSpan());
            }
        }

        return stream.ToArray();
    }

    private static byte[] ThroughOutput(IEnumerable<string> pieces)
    {
        var stream = new MemoryStream();
        using (var output = new Utf8StreamScriptOutput(stream))
        {
            foreach (var piece in pieces)
            {
                output.Write(piece, 0, piece.Length);
            }

            output.Flush();
        }

        return stream.ToArray();
    }

    public static TheoryData<string[]> Pieces => new()
    {
        { ["<p>", "Café ", "naïve", "</p>"] },
        { ["emoji \uD83D", "\uDE00 split between two writes"] },
        { ["a lone high surrogate \uD83D", " then text"] },
        { ["a lone low surrogate \uDE00 here"] },
        { ["ends with a high surrogate \uD83D"] },
        { [] },
    };

    [Theory]
    [MemberData(nameof(Pieces))]
    public void Writes_what_a_stream_writer_writes(string[] pieces) =>
        Assert.Equal(ThroughWriter(pieces), ThroughOutput(pieces));

    [Fact]
    public void Writes_output_larger_than_its_buffer_whole()
    {
        // 200,000 characters of mixed widths (1 to 4 bytes), in writes of varying length.
        var random = new Random(5);
        var alphabet = new[] { "a", "é", "€", "\uD83D\uDE00", "<", "\n" };
        var pieces = new List<string>();
        for (var i = 0; i < 4000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 100);
            for (var j = 0; j < length; j++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            pieces.Add(builder.ToString());
        }

        Assert.Equal(ThroughWriter(pieces), ThroughOutput(pieces));
    }

    [Fact]
    public void Writes_a_substring()
    {
        var stream = new MemoryStream();
        using (var output = new Utf8StreamScriptOutput(stream))
        {
            output.Write("xxhello wörldxx", 2, 11);
            output.Flush();
        }

        Assert.Equal("hello wörld", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
