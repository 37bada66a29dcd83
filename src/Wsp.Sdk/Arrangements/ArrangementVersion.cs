using NodaTime;

namespace Wsp.Sdk.Arrangements;

/// <summary>One version of an arrangement's terms: kept, so what each region signed stays known.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ArrangementVersion
{
    internal ArrangementVersion(int number, string terms, int jobOpportunities, Instant at)
    {
        Number = number;
        Terms = terms;
        JobOpportunities = jobOpportunities;
        At = at;
    }

    /// <summary>Gets the version number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the terms agreed with the employer.</summary>
    public string Terms { get; }

    /// <summary>Gets the job opportunities (baankansen) for the broad target group the employer offers.</summary>
    public int JobOpportunities { get; }

    /// <summary>Gets when the version was made.</summary>
    public Instant At { get; }
}
