namespace Wsp.Sdk.Partners;

/// <summary>
/// The kind of partner (ketenpartner of afnemer) that asks the gateway or the tool for records, which decides what it
/// may see and change (DESIGN.md, Security model).
/// </summary>
public enum PartnerKind
{
    /// <summary>A municipality (gemeente) working in its labour market region's employer service point.</summary>
    Municipality = 0,

    /// <summary>UWV: reads across regions and books in every region.</summary>
    Uwv = 1,

    /// <summary>The national employer desk (Landelijk WSP Gemeenten): reads across regions, manages arrangements.</summary>
    NationalDesk = 2,

    /// <summary>The ministry (SZW): aggregates only, never a candidate or a single placement.</summary>
    Ministry = 3,

    /// <summary>
    /// The store's operator (beheerder): whoever holds the store's own keys and runs the <c>wsp</c> tool on it. Reads
    /// every region's records and exact figures and imports partners' placement files; never named by a token.
    /// </summary>
    Operator = 4,
}
