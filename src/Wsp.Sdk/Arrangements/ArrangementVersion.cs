using NodaTime;

namespace Wsp.Sdk.Arrangements;

/// <summary>One version of an arrangement's terms: kept, so what each region signed stays known.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ArrangementVersion
{
    /// <summary>Initializes a version; the arrangement makes them, stores rebuild them.</summary>
    /// <param name="number">The version number, from 1.</param>
    /// <param name="terms">The terms agreed with the employer.</param>
    /// <param name="jobOpportunities">The job opportunities offered, not negative.</param>
    /// <param name="at">When the version was made.</param>
    /// <exception cref="ArgumentException">An argument is missing or out of range.</exception>
    public ArrangementVersion(int number, string terms, int jobOpportunities, Instant at)
    {
        Number = Preconditions.CheckArgumentRange(number, 1, int.MaxValue);
        Terms = Preconditions.CheckNotNullOrWhiteSpace(terms);
        JobOpportunities = Preconditions.CheckArgumentRange(jobOpportunities, 0, int.MaxValue);
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
