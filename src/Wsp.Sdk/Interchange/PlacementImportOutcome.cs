using Wsp.Sdk.Storage;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Interchange;

/// <summary>What became of an import of a Placements CSV v1 file (de uitkomst van een import).</summary>
public enum PlacementImportStatus
{
    /// <summary>Every row was good: the placements were written as one unit.</summary>
    Imported = 0,

    /// <summary>The file (its import id) was imported before: nothing was written and the rows were not read.</summary>
    AlreadyImported = 1,

    /// <summary>Some row was bad: nothing was written, and <see cref="PlacementImportOutcome.Errors"/> names every bad field.</summary>
    Refused = 2,
}

/// <summary>
/// The outcome of <see cref="WspClient.ImportPlacementsAsync"/> (de uitkomst van een import): imported, imported before,
/// or refused with every error of the file, each naming its line, column, value, reason and rule.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlacementImportOutcome
{
    private PlacementImportOutcome(string importId, PlacementImportStatus status, long rows, int placementsWritten, IReadOnlyList<FieldError> errors)
    {
        ImportId = importId;
        Status = status;
        Rows = rows;
        PlacementsWritten = placementsWritten;
        Errors = errors;
        BadRows = errors.Select(e => e.Line).Distinct().LongCount();
    }

    /// <summary>Gets the import's id.</summary>
    public string ImportId { get; }

    /// <summary>Gets what became of the import.</summary>
    public PlacementImportStatus Status { get; }

    /// <summary>Gets the data rows read (the header not counted); 0 when the file was imported before.</summary>
    public long Rows { get; }

    /// <summary>Gets the placements written; 0 unless <see cref="Status"/> is <see cref="PlacementImportStatus.Imported"/>.</summary>
    public int PlacementsWritten { get; }

    /// <summary>Gets every error, by line (the header is line 1); empty unless the import was refused.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>Gets the number of lines with at least one error.</summary>
    public long BadRows { get; }

    /// <summary>Returns the outcome of a file that was written.</summary>
    /// <param name="result">What the store imported.</param>
    /// <param name="rows">The data rows read.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException"><paramref name="result"/> is null or says the file was imported before, or <paramref name="rows"/> is negative.</exception>
    public static PlacementImportOutcome Imported(ImportResult result, long rows)
    {
        Preconditions.CheckNotNull(result);
        Preconditions.CheckArgument(!result.AlreadyImported, nameof(result), "A result of an import done before is PlacementImportOutcome.AlreadyImported.");
        return new(result.ImportId, PlacementImportStatus.Imported, CheckRows(rows), result.Placements, []);
    }

    /// <summary>Returns the outcome of a file imported before.</summary>
    /// <param name="importId">The import's id.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException"><paramref name="importId"/> is null or blank.</exception>
    public static PlacementImportOutcome AlreadyImported(string importId) =>
        new(Preconditions.CheckNotNullOrWhiteSpace(importId), PlacementImportStatus.AlreadyImported, 0, 0, []);

    /// <summary>Returns the outcome of a refused file.</summary>
    /// <param name="importId">The import's id.</param>
    /// <param name="rows">The data rows read.</param>
    /// <param name="errors">Every error, at least one; they are ordered by line (stable within a line).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">An argument is missing, <paramref name="rows"/> is negative, or there is no error.</exception>
    public static PlacementImportOutcome Refused(string importId, long rows, IEnumerable<FieldError> errors)
    {
        Preconditions.CheckNotNullOrWhiteSpace(importId);
        var ordered = Preconditions.CheckNotNull(errors).Select(e => Preconditions.CheckNotNull(e, nameof(errors))).OrderBy(e => e.Line).ToArray();
        Preconditions.CheckArgument(ordered.Length > 0, nameof(errors), "A refused import names at least one error.");
        return new(importId, PlacementImportStatus.Refused, CheckRows(rows), 0, ordered);
    }

    private static long CheckRows(long rows, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(rows))] string? paramName = null) =>
        rows >= 0 ? rows : throw new ArgumentOutOfRangeException(paramName, rows, "Rows are not negative.");
}
