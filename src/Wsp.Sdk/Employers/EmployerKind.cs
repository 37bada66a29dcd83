namespace Wsp.Sdk.Employers;

/// <summary>
/// Whether an employer (werkgever) counts for the market or the government part of the job agreement
/// (banenafspraak: marktsector or overheid).
/// </summary>
public enum EmployerKind
{
    /// <summary>Marktsector (commercial employers). Interchange code <c>MARKET</c>.</summary>
    Market = 0,

    /// <summary>Overheid (government employers, including education). Interchange code <c>GOVERNMENT</c>.</summary>
    Government = 1,
}
