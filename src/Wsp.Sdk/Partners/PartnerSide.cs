namespace Wsp.Sdk.Partners;

/// <summary>The side of the chain (keten) a booking partner is on, which decides the target groups it books (rule H15).</summary>
public enum PartnerSide
{
    /// <summary>UWV: books the placements of WW and Wajong candidates.</summary>
    Uwv = 0,

    /// <summary>A municipality (gemeente): books the placements of Participatiewet, Wsw and status-holder candidates.</summary>
    Municipality = 1,
}
