using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Employers;

/// <summary>
/// An establishment (vestiging) of an employer: where the work is done. Its municipality decides the labour market
/// region; its postcode is the second key of the duplicate check (rule H8).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Establishment
{
    /// <summary>Initializes an establishment.</summary>
    /// <param name="postcode">The establishment's postcode.</param>
    /// <param name="municipality">The municipality it lies in; a current one.</param>
    /// <exception cref="ArgumentException">An argument is missing, or the municipality no longer exists.</exception>
    public Establishment(Postcode postcode, Municipality municipality)
    {
        Postcode = Preconditions.CheckInitialized(postcode);
        Municipality = Preconditions.CheckNotNull(municipality);
        Preconditions.CheckArgument(municipality.IsCurrent, nameof(municipality), $"{municipality} no longer exists: an establishment lies in a current municipality.");
    }

    /// <summary>Gets the postcode.</summary>
    public Postcode Postcode { get; }

    /// <summary>Gets the municipality.</summary>
    public Municipality Municipality { get; }

    /// <summary>Gets the labour market region, from the municipality.</summary>
    public LabourMarketRegion Region => Municipality.Region!;
}
