using NodaTime;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Vacancies;

/// <summary>A change of a vacancy's owner: a hand-over to a chain partner (rule H11) or a takeover on hiring (rule H15).</summary>
/// <param name="From">The previous owner.</param>
/// <param name="To">The new owner.</param>
/// <param name="At">When the owner changed.</param>
/// <param name="Rule">The rule under which it changed: H11 or H15.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record VacancyHandover(BookingPartner From, BookingPartner To, Instant At, Rules.RuleId Rule);
