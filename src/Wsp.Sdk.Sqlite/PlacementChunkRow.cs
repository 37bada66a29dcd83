using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Sqlite;

/// <summary>A placement as a chunk holds it (<see cref="PlacementChunks"/>).</summary>
/// <param name="Key">The cell it counts in.</param>
/// <param name="StartDay">The start day (<see cref="Days"/>).</param>
/// <param name="EndDay">The end day, or <see cref="PlacementChunks.NoEnd"/>.</param>
/// <param name="EmployerNumber">The employer's KvK number as a number.</param>
/// <param name="RecordKey">The record key.</param>
internal readonly record struct PlacementChunkRow(PlacementStartsKey Key, int StartDay, int EndDay, int EmployerNumber, uint RecordKey)
{
    public LocalDate Start => Days.ToDate(StartDay);

    public LocalDate? End => EndDay == PlacementChunks.NoEnd ? null : Days.ToDate(EndDay);

    public KvkNumber Employer => EmployerOf(EmployerNumber);

    /// <summary>The KvK number a chunk holds as a number.</summary>
    public static KvkNumber EmployerOf(int number) => number is >= 0 and <= 99_999_999
        ? KvkNumber.FromNumber(number)
        : throw new Storage.StoreException(Storage.StoreErrorCode.Unavailable, $"A chunked placement's employer {number} is no KvK number: the file is damaged.");
}
