using System.Globalization;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Interchange;

/// <summary>
/// Employer contacts CSV v1 (werkgevers in contact, rule H5): the employers a region is in contact with, one per row
/// with its sector and number of employees, to compute the coverage ratio over them as a what-if instead of over the
/// contacts derived from the records (<c>wsp extract coverage --contacts FILE</c>). UTF-8, comma, header row; each field
/// is read without its surrounding spaces. This type turns the fields of one row into an <see cref="EmployerContact"/>
/// or into every error of that row, each naming its line, column and value; reading the file itself is the caller's.
/// </summary>
/// <remarks>
/// Columns: <c>kvk</c> (eight digits), <c>sector_code</c> (any code: a contact in a sector the stored totals lack is
/// counted apart, never guessed into a ratio) and <c>employees</c> (a whole number, 0 or more). It needs no reference
/// data, so it is static; thread-safe.
/// </remarks>
public static class EmployerContactsCsvV1
{
    /// <summary>Gets the columns, in order, as the header row names them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["kvk", "sector_code", "employees"];

    /// <summary>Checks the header row (line 1): exactly the v1 columns, in order.</summary>
    /// <param name="fields">The header's fields.</param>
    /// <returns>The errors; empty when the header is right.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public static IReadOnlyList<FieldError> CheckHeader(IReadOnlyList<string> fields) => InterchangeRow.CheckHeader(fields, Columns, "Employer contacts CSV v1");

    /// <summary>Parses one data row into an employer in contact, or every error in it.</summary>
    /// <param name="fields">The row's fields, unquoted.</param>
    /// <param name="line">The row's 1-based line number in the file, for the errors.</param>
    /// <returns>The contact, or the errors.</returns>
    /// <exception cref="ArgumentException"><paramref name="fields"/> is null or <paramref name="line"/> is below 2.</exception>
    public static ParseResult<EmployerContact> ParseRow(IReadOnlyList<string> fields, long line)
    {
        Preconditions.CheckNotNull(fields);
        var row = new InterchangeRow(Columns, fields, line, trim: true);
        if (!row.HasEveryColumn)
        {
            return ParseResult.ForErrors<EmployerContact>(row.Errors);
        }

        var kvk = row.Parse(0, (string s, out KvkNumber v) => KvkNumber.TryParse(s, out v), "not a KvK number: eight digits");
        var sector = row.Required(1);
        var employees = row.Parse(2, (string s, out int v) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out v), "not a whole number of employees (0 or more)");
        return row.Result(() => new EmployerContact(kvk!.Value, sector!, employees!.Value));
    }

    /// <summary>Writes a contact as the fields of one v1 row, the inverse of <see cref="ParseRow"/>.</summary>
    /// <param name="contact">The contact.</param>
    /// <returns>The fields, in column order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    public static IReadOnlyList<string> FormatRow(EmployerContact contact)
    {
        Preconditions.CheckNotNull(contact);
        return [contact.Employer.ToString(), contact.SectorCode, contact.Employees.ToString(CultureInfo.InvariantCulture)];
    }
}
