using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Visits;

/// <summary>A company visit (bedrijfsbezoek) to an employer by a partner's advisor, with its report (rule H9).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CompanyVisit
{
    /// <summary>Initializes a visit.</summary>
    /// <param name="id">The visit's id.</param>
    /// <param name="accountId">The employer account visited.</param>
    /// <param name="partner">The partner that visited.</param>
    /// <param name="date">The day of the visit.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    public CompanyVisit(string id, string accountId, BookingPartner partner, LocalDate date, VisitReport report)
    {
        Id = Preconditions.CheckNotNullOrWhiteSpace(id);
        AccountId = Preconditions.CheckNotNullOrWhiteSpace(accountId);
        Partner = Preconditions.CheckInitialized(partner);
        Date = date;
        Report = Preconditions.CheckNotNull(report);
    }

    /// <summary>Gets the visit's id.</summary>
    public string Id { get; }

    /// <summary>Gets the employer account visited.</summary>
    public string AccountId { get; }

    /// <summary>Gets the partner that visited.</summary>
    public BookingPartner Partner { get; }

    /// <summary>Gets the day of the visit.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the report.</summary>
    public VisitReport Report { get; }

    /// <summary>
    /// Records the visit as contact in the account's audit trail, once: it counts against rule H7's twelve months from
    /// the visit's date, not from when it was typed in; an account that holds this visit's entry already (a recording
    /// retried) is returned as it is.
    /// </summary>
    /// <param name="account">The account visited.</param>
    /// <param name="clock">The clock that stamps the entry.</param>
    /// <returns>The account with the visit recorded.</returns>
    /// <exception cref="ArgumentException">An argument is null, the account is not the one visited, or the visit's date lies after today.</exception>
    public EmployerAccount RecordOn(EmployerAccount account, IClock clock)
    {
        Preconditions.CheckNotNull(account);
        Preconditions.CheckArgument(account.Id == AccountId, nameof(account), $"Visit {Id} is to account {AccountId}, not {account.Id}.");
        Preconditions.CheckArgument(Date <= Calendar.DutchCalendar.Today(Preconditions.CheckNotNull(clock)), "date", $"Visit {Id} is dated {Date:uuuu-MM-dd}, after today: a visit is recorded once it took place.");
        return account.RecordContactOnce(Partner, ContactKind.Visit, Id, $"Visit {Id} on {Date:uuuu-MM-dd}: {Report.Reason}", clock, Date);
    }
}
