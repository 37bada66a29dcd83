using System.Diagnostics.CodeAnalysis;

namespace Wsp.Sdk.TargetGroups;

/// <summary>The codes of target groups (doelgroepcodes) in files and queries, such as <c>BANENAFSPRAAK</c>.</summary>
public static class TargetGroupCodes
{
    private static readonly string[] s_codes =
        ["PARTICIPATIEWET", "BANENAFSPRAAK", "WW", "WAJONG", "WSW", "YOUTH", "OVER_55", "STATUS_HOLDER", "REGULAR"];

    /// <summary>Gets every code, in the order of <see cref="TargetGroup"/>.</summary>
    public static IReadOnlyList<string> All => s_codes;

    /// <summary>Returns the code of a target group.</summary>
    /// <param name="group">The target group.</param>
    /// <returns>The code, for example <c>OVER_55</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not defined.</exception>
    public static string ToCode(TargetGroup group) => s_codes[(int)Preconditions.CheckDefined(group)];

    /// <summary>Tries to read a code; exact and upper case, as the interchange formats write it.</summary>
    /// <param name="code">The code.</param>
    /// <param name="group">The target group when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(ReadOnlySpan<char> code, out TargetGroup group)
    {
        for (var i = 0; i < s_codes.Length; i++)
        {
            if (code.SequenceEqual(s_codes[i]))
            {
                group = (TargetGroup)i;
                return true;
            }
        }

        group = default;
        return false;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out TargetGroup)"/>
    public static bool TryParse([NotNullWhen(true)] string? code, out TargetGroup group) => TryParse(code.AsSpan(), out group);

    /// <summary>Reads a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The target group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is not a target group code.</exception>
    public static TargetGroup Parse(string code) => TryParse(Preconditions.CheckNotNull(code).AsSpan(), out var group)
        ? group
        : throw new FormatException($"'{code}' is not a target group code; expected one of {string.Join(", ", s_codes)}.");
}
