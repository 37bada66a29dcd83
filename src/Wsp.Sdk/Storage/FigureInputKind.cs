namespace Wsp.Sdk.Storage;

/// <summary>What an import of figure inputs (stuurgegevens) holds: the inputs of the figures that partners' records cannot give.</summary>
public enum FigureInputKind
{
    /// <summary>Placement ambition tables of regions and years (plaatsingsambities, H4). Code <c>ambitions</c>.</summary>
    Ambitions = 0,

    /// <summary>Regional job-agreement targets (regionale banenafspraak-doelstellingen, H2). Code <c>targets</c>.</summary>
    Targets = 1,

    /// <summary>The job agreement's baseline per region and employer kind (nulmeting). Code <c>baseline</c>.</summary>
    Baseline = 2,
}
