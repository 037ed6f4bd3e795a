using System.Security.Cryptography;
using System.Text;

namespace IncidentLang.Emit.Stix;

/// <summary>
/// Name-based UUIDs, version 5 (RFC 9562 §5.5, formerly RFC 4122 §4.3): the first 16 bytes of the
/// SHA-1 hash of the namespace UUID (network byte order) followed by the UTF-8 name, with the version
/// nibble set to 5 and the variant bits to 10. The same namespace and name always give the same UUID.
/// </summary>
internal static class UuidV5
{
    /// <summary>The RFC 9562 namespace for DNS names (used by the known-answer tests).</summary>
    public static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>The UUID in its canonical lower-case 8-4-4-4-12 form.</summary>
    public static string Create(Guid @namespace, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        WriteBigEndian(@namespace, input.AsSpan(0, 16));
        nameBytes.CopyTo(input, 16);

        // SHA-1 is what RFC 9562 prescribes for version 5: it names, it does not protect anything.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return Convert.ToHexStringLower(hash.AsSpan(0, 4)) + "-"
            + Convert.ToHexStringLower(hash.AsSpan(4, 2)) + "-"
            + Convert.ToHexStringLower(hash.AsSpan(6, 2)) + "-"
            + Convert.ToHexStringLower(hash.AsSpan(8, 2)) + "-"
            + Convert.ToHexStringLower(hash.AsSpan(10, 6));
    }

    /// <summary>A <see cref="Guid"/>'s 16 bytes in RFC order (the first three fields big-endian).</summary>
    private static void WriteBigEndian(Guid value, Span<byte> destination)
    {
        if (!value.TryWriteBytes(destination, bigEndian: true, out _))
        {
            throw new InvalidOperationException("A GUID is 16 bytes.");
        }
    }
}
