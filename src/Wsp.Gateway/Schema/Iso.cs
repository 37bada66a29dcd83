using System.Globalization;
using GraphQL;
using NodaTime;
using NodaTime.Text;
using Wsp.Gateway.Errors;

namespace Wsp.Gateway.Schema;

/// <summary>Dates and instants as the NL GOV rules ask: <c>2026-01-31</c>, and UTC with an uppercase T and Z.</summary>
internal static class Iso
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string? Date(LocalDate? date) => date is { } d ? Date(d) : null;

    public static string Instant(Instant instant) => InstantPattern.General.Format(instant);

    public static LocalDate ParseDate(string text, string argument) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw new ExecutionError($"'{argument}' is '{text}': expected an ISO date such as 2026-01-31.") { Code = ErrorCodes.BadUserInput };

    public static Instant ParseInstant(string text, string argument) =>
        InstantPattern.ExtendedIso.Parse(text) is { Success: true } result
            ? result.Value
            : throw new ExecutionError($"'{argument}' is '{text}': expected a UTC instant such as 2026-01-31T09:00:00Z.") { Code = ErrorCodes.BadUserInput };

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
