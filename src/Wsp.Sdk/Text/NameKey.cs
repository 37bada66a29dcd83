using System.Buffers;

namespace Wsp.Sdk.Text;

/// <summary>
/// Folds a name to the key under which it is looked up: lower-case ASCII letters and digits only. That forgives
/// what people do when they type a Dutch place name: case, diacritics (<c>Fryslân</c>), spacing and names written
/// together or apart, hyphens, apostrophes (<c>'s-Gravenhage</c>) and the dots of CBS suffixes (<c>(ZH.)</c>).
/// </summary>
internal static class NameKey
{
    private const int StackLimit = 128;

    // Folding of U+0000–U+017F (ASCII, Latin-1 and Latin Extended-A): '\0' means "drop this character".
    private static readonly char[] s_fold = BuildFoldTable();

    /// <summary>Folds <paramref name="name"/> into <paramref name="destination"/>, which must be at least twice its length.</summary>
    internal static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (c < s_fold.Length)
            {
                var folded = s_fold[c];
                if (folded != '\0')
                {
                    destination[length++] = folded;
                }

                // The Dutch ligatures ĳ/Ĳ fold to the two letters people type.
                if (c is '\u0132' or '\u0133')
                {
                    destination[length++] = 'j';
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                destination[length++] = char.ToLowerInvariant(c);
            }
        }

        return length;
    }

    /// <summary>Returns the folded key of <paramref name="name"/> as a string.</summary>
    internal static string Of(ReadOnlySpan<char> name)
    {
        char[]? rented = null;
        var buffer = name.Length * 2 <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(name.Length * 2));
        try
        {
            return new string(buffer[..Fold(name, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Looks <paramref name="name"/> up by its folded key without allocating for names of ordinary length.</summary>
    internal static bool TryGetValue<T>(Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> name, out T value)
    {
        if (name.Length * 2 > StackLimit)
        {
            return lookup.TryGetValue(Of(name), out value!);
        }

        Span<char> buffer = stackalloc char[StackLimit];
        return lookup.TryGetValue(buffer[..Fold(name, buffer)], out value!);
    }

    private static char[] BuildFoldTable()
    {
        // Base letters of U+00C0–U+017F in order ('-' drops the character: × and ÷). Spelled out rather than
        // derived with string.Normalize, which depends on the host's globalization mode.
        const string Latin = "aaaaaaaceeeeiiiidnooooo-ouuuuytsaaaaaaaceeeeiiiidnooooo-ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
        var table = new char[0x180];
        for (var c = 0; c < 0x80; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : '\0';
        }

        for (var i = 0; i < Latin.Length; i++)
        {
            table[0xC0 + i] = Latin[i] == '-' ? '\0' : Latin[i];
        }

        return table;
    }
}
