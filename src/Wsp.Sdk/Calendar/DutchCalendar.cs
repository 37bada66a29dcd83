using NodaTime;

namespace Wsp.Sdk.Calendar;

/// <summary>
/// The Dutch calendar (de Nederlandse kalender, Europe/Amsterdam): the one place where a rule or a figure turns an
/// instant into a date ("today", the day a vacancy was registered, twelve months after a contact) and a date into the
/// instants it spans. DESIGN.md, Gateway contract: every rule and figure takes the Dutch calendar date of an instant, so a
/// vacancy registered at 00:30 in Amsterdam (23:30 UTC) is registered on the Dutch day, everywhere alike.
/// </summary>
/// <remarks>Uses NodaTime's embedded time zone data; thread-safe.</remarks>
public static class DutchCalendar
{
    /// <summary>Gets the time zone Europe/Amsterdam.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Returns the Dutch calendar date of an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Its date in Amsterdam.</returns>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Returns today's Dutch calendar date by a clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>Today's date in Amsterdam.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock) => DateOf(Preconditions.CheckNotNull(clock).GetCurrentInstant());

    /// <summary>Returns the instant a Dutch calendar day starts.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Its first instant in Amsterdam.</returns>
    public static Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>Returns the instants of Dutch calendar days: from the start of the first to the start of the day after the last.</summary>
    /// <param name="days">The days, both ends included.</param>
    /// <returns>The interval, start included, end excluded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    public static Interval InstantsOf(DateInterval days)
    {
        Preconditions.CheckNotNull(days);
        return new Interval(StartOf(days.Start), StartOf(days.End.PlusDays(1)));
    }
}
