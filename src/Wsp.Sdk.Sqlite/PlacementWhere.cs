using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The <c>WHERE</c> of a read of the placements table (plaatsingen): the region or region scope and the date bounds of a
/// stream (<see cref="PlacementFilter"/>) or of a list (<see cref="PlacementQuery"/>), written once for both. The
/// management information's own scans (<see cref="SqlitePlacementStore"/> as <c>IPlacementAggregates</c>) keep their
/// hand-written SQL: their query plans are measured (scripts/perf/mi.sh).
/// </summary>
internal static class PlacementWhere
{
    /// <summary>Appends a stream's filter: its one region as a parameter, its dates.</summary>
    public static StringBuilder Append(StringBuilder sql, SqliteCommand command, PlacementFilter filter)
    {
        sql.Append("1 = 1");
        if (filter.Region is { } region)
        {
            sql.Append(" AND region = $region");
            command.Parameters.AddWithValue("$region", region.Number);
        }

        return Dates(sql, command, filter.StartedOnOrAfter, filter.StartedOnOrBefore, filter.EndedOnOrAfter);
    }

    /// <summary>Appends a list's filter: its region scope (<see cref="RegionScope"/>, literals), its start dates.</summary>
    public static StringBuilder Append(StringBuilder sql, SqliteCommand command, PlacementQuery query)
    {
        sql.Append("1 = 1").Append(RegionScope.And(query.Regions));
        return Dates(sql, command, query.StartedOnOrAfter, query.StartedOnOrBefore, endedOnOrAfter: null);
    }

    private static StringBuilder Dates(StringBuilder sql, SqliteCommand command, LocalDate? startedOnOrAfter, LocalDate? startedOnOrBefore, LocalDate? endedOnOrAfter)
    {
        if (startedOnOrAfter is { } from)
        {
            sql.Append(" AND start_day >= $started_after");
            command.Parameters.AddWithValue("$started_after", Days.Of(from));
        }

        if (startedOnOrBefore is { } to)
        {
            sql.Append(" AND start_day <= $started_before");
            command.Parameters.AddWithValue("$started_before", Days.Of(to));
        }

        if (endedOnOrAfter is { } ended)
        {
            sql.Append(" AND (end_day IS NULL OR end_day >= $ended_after)");
            command.Parameters.AddWithValue("$ended_after", Days.Of(ended));
        }

        return sql;
    }
}
