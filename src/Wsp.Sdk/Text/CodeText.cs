namespace Wsp.Sdk.Text;

/// <summary>Parses CBS-style codes: a two-letter prefix (any case) followed by a fixed number of digits.</summary>
internal static class CodeText
{
    internal static bool TryParse(ReadOnlySpan<char> s, char first, char second, int digits, out int number)
    {
        number = 0;
        if (s.Length != 2 + digits || char.ToUpperInvariant(s[0]) != first || char.ToUpperInvariant(s[1]) != second)
        {
            return false;
        }

        foreach (var c in s[2..])
        {
            if (!char.IsAsciiDigit(c))
            {
                number = 0;
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }
}
