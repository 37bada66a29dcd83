using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The one order every count's groups are given in, whichever source (placements, pre-aggregates) produced them:
/// region, sector, target group, employer, booking partner (by its code), arrangement; a dimension's null first.
/// </summary>
/// <remarks>
/// A count by employer has as many groups as employers (a national flow by employer over twelve years of 1,000,000
/// placements: nearly a million), so the order is not found by comparing keys field by field. Each key is packed into one
/// 128-bit number whose order is the key's: the region, target group and KvK number by their own order, the texts
/// (sector, partner code, arrangement) by their rank among the distinct texts of the groups. Sorting those numbers
/// makes every comparison one of two numbers instead of up to six fields (and a partner code built per item). A CsCheck
/// property checks the packed order against the field-by-field one.
/// </remarks>
internal static class PlacementGroupOrder
{
    // A region number (0–99) + 2, so a default region (Number −1) still sorts after null and before AM01: below 2^7.
    private const int RegionBits = 7;

    // A KvK number's order key + 1 (eight digits: below 10^8 + 2 < 2^27).
    private const int EmployerBits = 27;

    /// <summary>Returns <paramref name="items"/> in group order.</summary>
    /// <param name="items">The items; their group keys are unique, so the order is total.</param>
    /// <param name="keyOf">The group key of an item.</param>
    /// <returns>The items, ordered.</returns>
    public static T[] Sort<T>(IEnumerable<T> items, Func<T, PlacementGroupKey> keyOf)
    {
        T[] all = [.. items];
        var keys = new PlacementGroupKey[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            keys[i] = keyOf(all[i]);
        }

        var order = Order(keys);
        var sorted = new T[all.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = all[order[i]];
        }

        return sorted;
    }

    /// <summary>
    /// Returns the indexes of <paramref name="keys"/> in group order: a count with a million groups sorts these and
    /// its numbers, not copies of its groups.
    /// </summary>
    /// <param name="keys">Unique group keys, so the order is total.</param>
    /// <returns>The permutation: the index of the first group, of the second, and so on.</returns>
    public static int[] Order(ReadOnlySpan<PlacementGroupKey> keys)
    {
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var sectors = Ranks(keys, static k => k.SectorCode);
        var partners = PartnerRanks(keys);
        var arrangements = Ranks(keys, static k => k.ArrangementId);
        var groupBits = 0;
        foreach (var key in keys)
        {
            groupBits = Math.Max(groupBits, key.TargetGroup is { } g ? (int)g + 1 : 0);
        }

        groupBits = Bits(groupBits);
        var (sectorBits, partnerBits, arrangementBits) = (Bits(sectors.Count), Bits(partners.Count), Bits(arrangements.Count));
        if (RegionBits + sectorBits + groupBits + EmployerBits + partnerBits + arrangementBits > 128)
        {
            // Not reachable with groups that fit in memory (the texts would need 2^29 distinct values each); kept honest.
            return ByFields(order, [.. keys]);
        }

        var packed = new UInt128[order.Length];
        for (var i = 0; i < packed.Length; i++)
        {
            var k = keys[i];
            UInt128 value = k.Region is { } region ? (uint)(region.Number + 2) : 0u;
            value = (value << sectorBits) | Rank(sectors, k.SectorCode);
            value = (value << groupBits) | (k.TargetGroup is { } group ? (uint)group + 1 : 0u);
            value = (value << EmployerBits) | (k.Employer is { } employer ? (uint)employer.OrderKey + 1 : 0u);
            value = (value << partnerBits) | (k.Partner is { } partner ? partners[partner] : 0u);
            packed[i] = (value << arrangementBits) | Rank(arrangements, k.ArrangementId);
        }

        Array.Sort(packed, order);
        return order;
    }

    /// <summary>The order field by field: what the packed numbers encode, and the reference a test checks them against.</summary>
    internal static T[] ByFields<T>(T[] items, PlacementGroupKey[] keys)
    {
        var sorted = items.Select((item, i) => (Item: item, Key: keys[i], Partner: keys[i].Partner is { } p ? Code(p) : null)).ToArray();
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

    private static string Code(BookingPartner partner) => partner.ToString();

    /// <summary>The rank (1, 2, …) of every distinct text in ordinal order; null ranks 0.</summary>
    private static Dictionary<string, uint> Ranks(ReadOnlySpan<PlacementGroupKey> keys, Func<PlacementGroupKey, string?> text)
    {
        var ranks = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (text(key) is { } value)
            {
                ranks.TryAdd(value, 0);
            }
        }

        var distinct = ranks.Keys.ToArray();
        Array.Sort(distinct, StringComparer.Ordinal);
        for (var i = 0; i < distinct.Length; i++)
        {
            ranks[distinct[i]] = (uint)i + 1;
        }

        return ranks;
    }

    /// <summary>The rank (1, 2, …) of every distinct partner in the ordinal order of its code.</summary>
    private static Dictionary<BookingPartner, uint> PartnerRanks(ReadOnlySpan<PlacementGroupKey> keys)
    {
        var ranks = new Dictionary<BookingPartner, uint>();
        foreach (var key in keys)
        {
            if (key.Partner is { } partner)
            {
                ranks.TryAdd(partner, 0);
            }
        }

        var distinct = ranks.Keys.Select(p => (Partner: p, Code: Code(p))).ToArray();
        Array.Sort(distinct, static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        for (var i = 0; i < distinct.Length; i++)
        {
            ranks[distinct[i].Partner] = (uint)i + 1;
        }

        return ranks;
    }

    private static uint Rank(Dictionary<string, uint> ranks, string? text) => text is null ? 0 : ranks[text];

    /// <summary>The bits that hold 0 … <paramref name="max"/>.</summary>
    private static int Bits(int max) => max == 0 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)max);
}
