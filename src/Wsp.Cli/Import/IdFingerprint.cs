using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Wsp.Cli.Import;

/// <summary>
/// A 128-bit fingerprint of a placement id (the first half of its SHA-256), so the import can find duplicate ids in
/// a file of millions of rows without holding every id string: 16 bytes an id instead of 40 or more. Two different
/// ids share a fingerprint with a probability of about n²/2¹²⁹ — for a billion rows, 10⁻²¹.
/// </summary>
internal static class IdFingerprint
{
    public static UInt128 Of(string id)
    {
        var length = Encoding.UTF8.GetMaxByteCount(id.Length);
        byte[]? rented = null;
        var bytes = length <= 256 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(id, bytes);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes[..written], hash);
            return new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
