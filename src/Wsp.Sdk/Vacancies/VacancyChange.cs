using NodaTime;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Vacancies;

/// <summary>One corrected field of a vacancy (wijziging), kept as its audit trail: when, by whom, from what to what.</summary>
/// <param name="At">When it was corrected.</param>
/// <param name="Partner">The partner that corrected it.</param>
/// <param name="Field">The field: <c>title</c>, <c>expiresOn</c>, <c>positions</c> or <c>publication</c>.</param>
/// <param name="From">The value before, as text.</param>
/// <param name="To">The value after, as text.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record VacancyChange(Instant At, BookingPartner Partner, string Field, string From, string To)
{
    /// <summary>Gets the corrected field: <c>title</c>, <c>expiresOn</c>, <c>positions</c> or <c>publication</c>.</summary>
    public string Field { get; init; } = Preconditions.CheckNotNull(Field);

    /// <summary>Gets the value before, as text.</summary>
    public string From { get; init; } = Preconditions.CheckNotNull(From);

    /// <summary>Gets the value after, as text.</summary>
    public string To { get; init; } = Preconditions.CheckNotNull(To);
}
