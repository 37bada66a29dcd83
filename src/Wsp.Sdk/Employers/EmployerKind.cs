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

/// <summary>The interchange codes of <see cref="EmployerKind"/>, as every table and extract writes them.</summary>
public static class EmployerKinds
{
    /// <summary>Returns the code of an employer kind: <c>MARKET</c> or <c>GOVERNMENT</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    public static string Code(EmployerKind kind) => kind == EmployerKind.Market ? "MARKET" : "GOVERNMENT";
}
