using Wsp.Sdk.Text;

namespace Wsp.Sdk.Employers;

/// <summary>
/// The key an employer's name is compared by in the duplicate check (rule H8): case, diacritics, punctuation and
/// spaces do not matter (names written together or apart are the same), nor does the legal form
/// (<c>B.V.</c>, <c>N.V.</c>, <c>V.O.F.</c>, <c>Stichting</c>, …).
/// </summary>
public static class EmployerName
{
    // Folded legal forms, removed where they stand as a word of their own at the start or end of the name.
    private static readonly HashSet<string> s_legalForms =
        ["bv", "nv", "vof", "cv", "stichting", "vereniging", "cooperatie", "ua", "eenmanszaak", "holding", "maatschap"];

    /// <summary>Returns the comparison key of <paramref name="name"/>.</summary>
    /// <param name="name">The employer's name as written.</param>
    /// <returns>The key; empty when the name holds nothing but a legal form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string KeyOf(string name)
    {
        Preconditions.CheckNotNull(name);
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

        return string.Concat(words);
    }
}
