namespace Wsp.Sdk.Counting;

/// <summary>
/// The one order every count's groups are given in, whichever source (placements, pre-aggregates) produced them:
/// region, sector, target group, employer, booking partner (by its code), arrangement.
/// </summary>
internal static class PlacementGroupOrder
{
    /// <summary>Returns <paramref name="items"/> in group order.</summary>
    /// <param name="items">The items; their group keys are unique, so the order is total.</param>
    /// <param name="keyOf">The group key of an item.</param>
    /// <returns>The items, ordered.</returns>
    public static T[] Sort<T>(IEnumerable<T> items, Func<T, PlacementGroupKey> keyOf)
    {
        // The partner's code is computed once per item, not per comparison: a count by employer has some 200,000 groups.
        var sorted = items.Select(item => keyOf(item) is var key ? (Item: item, Key: key, Partner: key.Partner?.ToString()) : default).ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            var (x, y) = (a.Key, b.Key);
            var order = Nullable.Compare(x.Region, y.Region);
            order = order != 0 ? order : string.CompareOrdinal(x.SectorCode, y.SectorCode);
            order = order != 0 ? order : Nullable.Compare(x.TargetGroup, y.TargetGroup);
            order = order != 0 ? order : Nullable.Compare(x.Employer, y.Employer);
            order = order != 0 ? order : string.CompareOrdinal(a.Partner, b.Partner);
            return order != 0 ? order : string.CompareOrdinal(x.ArrangementId, y.ArrangementId);
        });
        return [.. sorted.Select(s => s.Item)];
    }
}
