using Wsp.Sdk.Text;

namespace Wsp.Sdk.Employers;

/// <summary>
/// The key an employer's name (handelsnaam) is compared by in the duplicate check (rule H8) and found by in the
/// employer search: case, diacritics, punctuation and spaces do not matter (names written together or apart are the
/// same), nor does the legal form (<c>B.V.</c>, <c>N.V.</c>, <c>V.O.F.</c>, <c>Stichting</c>, …), also when it is
/// written onto the name (<c>KorenbloemBV</c>).
/// </summary>
public static class EmployerName
{
    // Folded legal forms, removed where they stand as a word of their own at the start or end of the name.
    private static readonly HashSet<string> s_legalForms =
        ["bv", "nv", "vof", "cv", "stichting", "vereniging", "cooperatie", "ua", "eenmanszaak", "holding", "maatschap"];

    // Legal forms people write onto the last word ("KorenbloemBV", "Van Dijk Bouw B.V." typed as "VanDijkBouwBV"). Only
    // the abbreviations: a word ending in "holding" or "stichting" is more often a name than a glued legal form.
    private static readonly string[] s_gluedLegalForms = ["vof", "bv", "nv", "cv"];

    // What must be left of a word after a glued legal form is taken off, so "Abv" or "Env" stay themselves.
    private const int MinimumStem = 3;

    /// <summary>Returns the comparison key of <paramref name="name"/>.</summary>
    /// <param name="name">The employer's name as written.</param>
    /// <returns>The key; empty when the name holds nothing but a legal form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string KeyOf(string name) => string.Concat(Words(Preconditions.CheckNotNull(name)));

    /// <summary>
    /// Returns the keys the employer search finds a name by (rule H8's forgiving match, typed from any word on): the key
    /// of the name from each of its words to the end. <c>Bakkerij De Korenbloem B.V.</c> gives
    /// <c>bakkerijdekorenbloem</c>, <c>dekorenbloem</c> and <c>korenbloem</c>, so a search for <c>korenbloem</c> or
    /// <c>de koren</c> finds it by a prefix of one key. The first key is <see cref="KeyOf"/>.
    /// </summary>
    /// <param name="name">The employer's name as written.</param>
    /// <returns>The keys, longest first, without repeats; empty when the name holds nothing but a legal form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static IReadOnlyList<string> SearchKeysOf(string name)
    {
        var words = Words(Preconditions.CheckNotNull(name));
        var keys = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var key = string.Concat(words.Skip(i));
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static List<string> Words(string name)
    {
        var words = name.Split([' ', '\t', ',', '-', '&', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => NameKey.Of(word))
            .Where(word => word.Length > 0)
            .ToList();
        while (words.Count > 1 && s_legalForms.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 1 && s_legalForms.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count > 0 && s_gluedLegalForms.FirstOrDefault(form => words[^1].Length - form.Length >= MinimumStem && words[^1].EndsWith(form, StringComparison.Ordinal)) is { } glued)
        {
            words[^1] = words[^1][..^glued.Length];
        }

        return words;
    }
}
