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
        // Frisian municipalities were known by their Dutch names until they adopted the Frisian ones.
        ("Dantumadeel", "GM1891"),
        ("Tietjerksteradeel", "GM0737"),
        ("Zuidwest-Friesland", "GM1900"),
        ("Noordoost-Friesland", "GM1970"),
        ("Ferwerderadeel", "GM1722"),
        ("Littenseradeel", "GM0140"),
    ];

    internal static readonly (string Alias, string Official)[] Provinces =
    [
        ("Friesland", "Fryslân"),
    ];
}
