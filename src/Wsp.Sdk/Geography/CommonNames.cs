namespace Wsp.Sdk.Geography;

/// <summary>
/// Names people use that CBS does not print: what a caseworker types into a search box. Each maps to the CBS code
/// (or official name) it means; the data is small on purpose, every entry is a name in common use.
/// </summary>
internal static class CommonNames
{
    internal static readonly (string Alias, string Code)[] Municipalities =
    [
        ("Den Haag", "GM0518"),
        ("The Hague", "GM0518"),
        ("Den Bosch", "GM0796"),
        ("Nuenen", "GM0820"),
        ("Nuenen c.a.", "GM0820"),
        // Frisian municipalities were known by their Dutch names until they adopted the Frisian ones.
        ("Dantumadeel", "GM1891"),
        ("Tietjerksteradeel", "GM0737"),
        ("Zuidwest-Friesland", "GM1900"),
        ("Noordoost-Friesland", "GM1970"),
        ("Ferwerderadeel", "GM1722"),
        ("Littenseradeel", "GM0140"),
    ];

    /// <summary>
    /// The shorter forms people write for a name: <c>Bergen</c> for <c>Bergen (NH.)</c>, <c>Alphen a/d Rijn</c> and
    /// <c>Alphen</c> for <c>Alphen aan den Rijn</c>, <c>St. Michielsgestel</c> for <c>Sint-Michielsgestel</c>. Where two
    /// municipalities share a short form, the lookup lists both.
    /// </summary>
    internal static IEnumerable<string> ShortForms(string name)
    {
        var suffix = name.IndexOf(" (", StringComparison.Ordinal);
        if (suffix > 0)
        {
            yield return name[..suffix];
        }

        var aan = name.IndexOf(" aan ", StringComparison.Ordinal);
        if (aan > 0)
        {
            yield return name[..aan];
            var rest = name[(aan + " aan ".Length)..];
            if (rest.StartsWith("de ", StringComparison.Ordinal) || rest.StartsWith("den ", StringComparison.Ordinal))
            {
                yield return $"{name[..aan]} a/d {rest[(rest.IndexOf(' ', StringComparison.Ordinal) + 1)..]}";
            }
        }

        if (name.StartsWith("Sint", StringComparison.Ordinal) && name.Length > 5 && name[4] is ' ' or '-')
        {
            yield return "St. " + name[5..];
        }
    }

    internal static readonly (string Alias, string Official)[] Provinces =
    [
        ("Friesland", "Fryslân"),
    ];
}
