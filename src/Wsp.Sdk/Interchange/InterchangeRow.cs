using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Interchange;

/// <summary>
/// One data row of an interchange file while its fields are parsed one by one: it collects every error of the row, each
/// naming its line, column and value, so a partner fixes the whole row at once. The formats (<see cref="PlacementsCsvV1"/>,
/// <see cref="RegionalProjectsCsvV1"/>, <see cref="EmployerContactsCsvV1"/>) share it; reading the file is the caller's.
/// </summary>
internal sealed class InterchangeRow
{
    private readonly IReadOnlyList<string> _columns;
    private readonly IReadOnlyList<string> _fields;
    private readonly long _line;
    private List<FieldError>? _errors;

    /// <summary>Starts a row; a row with the wrong number of fields gets its one error at once.</summary>
    /// <param name="columns">The format's columns.</param>
    /// <param name="fields">The row's fields, unquoted.</param>
    /// <param name="line">The row's 1-based line number (the header is line 1).</param>
    /// <param name="trim">Whether each field is read without its surrounding spaces (files written by hand).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 2.</exception>
    public InterchangeRow(IReadOnlyList<string> columns, IReadOnlyList<string> fields, long line, bool trim)
    {
        if (line < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "Data rows start at line 2, after the header.");
        }

        _columns = columns;
        _fields = trim ? [.. fields.Select(f => f.Trim())] : fields;
        _line = line;
        if (fields.Count != columns.Count)
        {
            _errors = [new FieldError(line, "", null, $"The row has {fields.Count} columns, expected {columns.Count}.")];
        }
    }

    /// <summary>Gets the errors found so far (the list is made on the first: most rows of a large import have none).</summary>
    public IReadOnlyList<FieldError> Errors => _errors ?? (IReadOnlyList<FieldError>)[];

    /// <summary>Gets whether an error was found.</summary>
    public bool HasErrors => _errors is not null;

    /// <summary>Gets whether the row has one field per column, so its fields can be parsed.</summary>
    public bool HasEveryColumn => _fields.Count == _columns.Count;

    /// <summary>Gets a field as read.</summary>
    public string this[int column] => _fields[column];

    /// <summary>Checks a header row (line 1): exactly <paramref name="columns"/>, in order, a byte order mark and spaces forgiven.</summary>
    /// <param name="fields">The header's fields.</param>
    /// <param name="columns">The format's columns.</param>
    /// <param name="format">The format's name for the error, for example <c>Placements CSV v1</c>.</param>
    /// <returns>The errors; empty when the header is right.</returns>
    public static IReadOnlyList<FieldError> CheckHeader(IReadOnlyList<string> fields, IReadOnlyList<string> columns, string format)
    {
        Preconditions.CheckNotNull(fields);
        var trimmed = fields.Select((f, i) => i == 0 ? f.TrimStart('\uFEFF').Trim() : f.Trim()).ToArray();
        return trimmed.SequenceEqual(columns, StringComparer.Ordinal)
            ? []
            : [new FieldError(1, "", string.Join(',', fields), $"The header is not {format}: expected {string.Join(',', columns)}.")];
    }

    /// <summary>Returns a required field, or null with the error when it is empty.</summary>
    public string? Required(int column)
    {
        if (string.IsNullOrWhiteSpace(_fields[column]))
        {
            Fail(column, "is required");
            return null;
        }

        return _fields[column];
    }

    /// <summary>Parses a required field, or returns null with the error naming what was expected.</summary>
    public T? Parse<T>(int column, TryParser<T> parser, string expected)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(_fields[column]))
        {
            Fail(column, "is required");
            return null;
        }

        if (parser(_fields[column], out var value))
        {
            return value;
        }

        Fail(column, expected);
        return null;
    }

    /// <summary>Parses a required labour market region code (<c>AMxx</c>) known to <paramref name="gazetteer"/>.</summary>
    public RegionCode? Region(int column, Gazetteer gazetteer) =>
        Parse(column, (string s, out RegionCode v) => (v = gazetteer.FindRegion(s)?.Code ?? default) != default, "not the code of a labour market region: AM01…AM38");

    /// <summary>Parses a required employer kind: <c>MARKET</c> or <c>GOVERNMENT</c>.</summary>
    public EmployerKind? Kind(int column) => Parse(column, (string s, out EmployerKind v) => TryParseKind(s, out v), "not an employer kind: MARKET or GOVERNMENT");

    /// <summary>The interchange code of an employer kind: <c>MARKET</c> or <c>GOVERNMENT</c>.</summary>
    public static string KindCode(EmployerKind kind) => kind == EmployerKind.Market ? "MARKET" : "GOVERNMENT";

    /// <summary>Parses a required date of the form <c>yyyy-MM-dd</c>.</summary>
    public LocalDate? Date(int column) => Parse<LocalDate>(column, TryParseDate, "not a date of the form yyyy-MM-dd");

    /// <summary>Records an error of one field.</summary>
    public void Fail(int column, string reason, RuleId? rule = null) =>
        (_errors ??= []).Add(new FieldError(_line, _columns[column], _fields[column], reason, rule));

    /// <summary>Returns the row's value, or every error found.</summary>
    /// <param name="value">Makes the value; called only when the row has no error.</param>
    public ParseResult<T> Result<T>(Func<T> value)
        where T : class =>
        _errors is null ? ParseResult.ForValue(value()) : ParseResult.ForErrors<T>(_errors);

    /// <summary>
    /// Parses <c>yyyy-MM-dd</c> exactly as NodaTime's ISO pattern does (<see cref="NodaTime.Text.LocalDatePattern.Iso"/>,
    /// which formats the extracts), without the pattern's result objects: an import parses two dates a row.
    /// </summary>
    public static bool TryParseDate(string text, out LocalDate date) => TryParseDate(text.AsSpan(), out date);

    private static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;

        static bool TryDigits(ReadOnlySpan<char> digits, out int value)
        {
            value = 0;
            foreach (var c in digits)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }

    /// <summary>Reads an employer kind's interchange code.</summary>
    public static bool TryParseKind(string text, out EmployerKind kind)
    {
        (var known, kind) = text switch
        {
            "MARKET" => (true, EmployerKind.Market),
            "GOVERNMENT" => (true, EmployerKind.Government),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>Splits a <c>;</c>-separated list, its items trimmed, empty items left out.</summary>
    public static string[] List(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Parses the text of one field.</summary>
    public delegate bool TryParser<T>(string text, out T value);
}
