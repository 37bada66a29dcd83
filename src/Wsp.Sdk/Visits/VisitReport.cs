using Wsp.Sdk.Rules;

namespace Wsp.Sdk.Visits;

/// <summary>
/// The report of a company visit (bezoekverslag, rule H9): why the company was visited, what it does and what was
/// agreed. All three are required: a visit without a report is not recorded.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record VisitReport
{
    /// <summary>Initializes a report.</summary>
    /// <param name="reason">Why the company was visited (aanleiding).</param>
    /// <param name="companyActivities">What the company does (wat doet het bedrijf).</param>
    /// <param name="agreements">What was agreed (gemaakte afspraken); "none" is an answer, blank is not.</param>
    /// <exception cref="ArgumentNullException">A part is null.</exception>
    /// <exception cref="RuleViolationException">Rule H9: a part of the report is blank.</exception>
    public VisitReport(string reason, string companyActivities, string agreements)
    {
        Reason = Required(Preconditions.CheckNotNull(reason), "the reason for the visit");
        CompanyActivities = Required(Preconditions.CheckNotNull(companyActivities), "what the company does");
        Agreements = Required(Preconditions.CheckNotNull(agreements), "the agreements made");
    }

    /// <summary>Gets why the company was visited.</summary>
    public string Reason { get; }

    /// <summary>Gets what the company does.</summary>
    public string CompanyActivities { get; }

    /// <summary>Gets what was agreed.</summary>
    public string Agreements { get; }

    private static string Required(string text, string what) => string.IsNullOrWhiteSpace(text)
        ? throw new RuleViolationException(RuleId.H9, $"Every company visit gets a report: {what} is missing.")
        : text.Trim();
}
