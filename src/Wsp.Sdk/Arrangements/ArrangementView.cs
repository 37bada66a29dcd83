using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Arrangements;

/// <summary>
/// An arrangement as one partner may see it (zicht op een arrangement): its terms and versions, and of its regional
/// parts — the regions' input on the concept, their standings, the linked regional agreements — only those of the
/// regions whose records the partner may read (rule L3: each region decides on its own; a municipality sees its own
/// region's part). Made by <see cref="WspClient"/>, which first checks <see cref="Arrangement.IsVisibleTo"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ArrangementView
{
    private ArrangementView(Arrangement arrangement, PartnerIdentity reader)
    {
        Arrangement = arrangement;
        Inputs = [.. arrangement.Inputs.Where(i => reader.CanReadRecords(i.Region))];
        Standings = [.. arrangement.Standings().Where(s => reader.CanReadRecords(s.Region))];
        RegionalAgreements = [.. arrangement.RegionalAgreements.Where(a => reader.CanReadRecords(a.Region))];
    }

    /// <summary>Gets the arrangement: its id, employer, advisor, status and versions are the partner's to see; read its regional parts from this view.</summary>
    public Arrangement Arrangement { get; }

    /// <summary>Gets the regions' input on the concept (rule L2), in the regions the partner may read.</summary>
    public IReadOnlyList<RegionalInput> Inputs { get; }

    /// <summary>Gets each region's standing (rules L2, L3), in the regions the partner may read.</summary>
    public IReadOnlyList<RegionStanding> Standings { get; }

    /// <summary>Gets the regional agreements linked and kept (rule L3), in the regions the partner may read.</summary>
    public IReadOnlyList<RegionalAgreement> RegionalAgreements { get; }

    /// <summary>Returns the view of an arrangement the partner may see.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="reader">The partner.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the arrangement is not visible to the partner.</exception>
    public static ArrangementView For(Arrangement arrangement, PartnerIdentity reader)
    {
        Preconditions.CheckNotNull(arrangement);
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckArgument(arrangement.IsVisibleTo(reader), nameof(reader), $"{reader} may not see arrangement {arrangement.Id}: a draft is the national desk's.");
        return new ArrangementView(arrangement, reader);
    }
}
