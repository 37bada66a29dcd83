using Wsp.Sdk.Ambitions;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// Realisation against a placement ambition table (H4) as its reader may see it: the table (sector × partner cells,
/// a fixed grid, with sector and partner totals and the region's total) and, on its own, the region's placements
/// outside the table's sectors and partners, each disclosed by <see cref="FigureDisclosure"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedAmbitionRealisation
{
    internal DisclosedAmbitionRealisation(DisclosedFigure<AmbitionRealisationReport, AmbitionCell> table, SuppressedEntry outsideTable)
    {
        Table = table;
        OutsideTable = outsideTable;
    }

    /// <summary>Gets the table: rows are sector codes, columns partner codes.</summary>
    public DisclosedFigure<AmbitionRealisationReport, AmbitionCell> Table { get; }

    /// <summary>Gets the placements outside the table, a count on its own (it adds up to no published total).</summary>
    public SuppressedEntry OutsideTable { get; }

    /// <summary>Gets the disclosure applied.</summary>
    public FigureDisclosure Disclosure => Table.Disclosure;

    /// <summary>
    /// Gets the ambition table the realisation is set against, with the import it came from (its version and source;
    /// version 0 for the SDK's own example data), when the client looked it up; null when disclosed without it.
    /// </summary>
    public Imported<PlacementAmbitionTable>? AmbitionTable { get; internal set; }
}
