using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Turns a figure's group keys into 128-bit codes and back: equal keys, equal codes; different keys, different codes.
/// A table of a figure's cells is looked up once per record, and a <see cref="PlacementGroupKey"/> is six fields, two
/// of them strings hashed and compared in full: a national figure by employer (hundreds of thousands of cells, two
/// million records) spent most of its time there. A code hashes and compares as two numbers.
/// </summary>
/// <remarks>
/// <para>
/// The low half holds the values that are numbers already: the KvK number (27 bits), the booking partner (16), the
/// region (7), the target group (8) and, in its top 6 bits, which of the six dimensions have a value (a dimension not
/// grouped by is null, and so is "no arrangement"). The high half holds the sector and the arrangement, each numbered in
/// the order first seen (32 bits each): the codes are this instance's, not comparable across instances. Cutting a
/// dimension out of a code (<see cref="Without"/>, <see cref="Only"/>) gives the code of the key with that dimension null.
/// </para>
/// <para>Not thread-safe: the numbering of sectors and arrangements grows as keys are encoded.</para>
/// </remarks>
internal sealed class PlacementGroupCodes
{
    private const int PartnerShift = 27;
    private const int RegionShift = 43;
    private const int TargetGroupShift = 50;
    private const int PresentShift = 58;
    private const ulong EmployerMask = (1UL << PartnerShift) - 1;

    private readonly Dictionary<string, int> _sectorNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _sectors = [];
    private readonly Dictionary<string, int> _arrangementNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _arrangements = [];

    /// <summary>Returns the code of <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The key's target group is not one of the enumeration's (a code holds 8 bits).</exception>
    public UInt128 Encode(in PlacementGroupKey key)
    {
        ulong low = 0, high = 0;
        if (key.Employer is { } employer)
        {
            // The KvK number plus one: at most 100,000,000, under 2^27; the default value is 0.
            low |= (uint)employer.OrderKey | Present(PlacementDimensions.Employer);
        }

        if (key.Partner is { } partner)
        {
            low |= ((ulong)partner.Bits << PartnerShift) | Present(PlacementDimensions.Partner);
        }

        if (key.Region is { } region)
        {
            // Region numbers run from 1 to 99; the default value's is -1.
            low |= ((ulong)(region.Number + 1) << RegionShift) | Present(PlacementDimensions.Region);
        }

        if (key.TargetGroup is { } group)
        {
            Preconditions.CheckArgument((uint)group <= byte.MaxValue, nameof(key), $"'{group}' is not a target group.");
            low |= ((ulong)group << TargetGroupShift) | Present(PlacementDimensions.TargetGroup);
        }

        if (key.SectorCode is { } sector)
        {
            high |= (uint)Number(sector, _sectorNumbers, _sectors);
            low |= Present(PlacementDimensions.Sector);
        }

        if (key.ArrangementId is { } arrangement)
        {
            high |= (ulong)Number(arrangement, _arrangementNumbers, _arrangements) << 32;
            low |= Present(PlacementDimensions.Arrangement);
        }

        return new UInt128(high, low);
    }

    /// <summary>Returns the key of <paramref name="code"/>, a code this instance made (or cut).</summary>
    public PlacementGroupKey Decode(UInt128 code)
    {
        var (low, high) = ((ulong)code, (ulong)(code >> 64));
        return new PlacementGroupKey(
            Has(low, PlacementDimensions.Region) ? RegionOf((int)((low >> RegionShift) & 0x7F)) : null,
            Has(low, PlacementDimensions.Sector) ? _sectors[(int)(uint)high] : null,
            Has(low, PlacementDimensions.TargetGroup) ? (TargetGroup)(byte)(low >> TargetGroupShift) : null,
            Has(low, PlacementDimensions.Employer) ? EmployerOf((int)(low & EmployerMask)) : null,
            Has(low, PlacementDimensions.Partner) ? BookingPartner.FromBits((ushort)(low >> PartnerShift)) : null,
            Has(low, PlacementDimensions.Arrangement) ? _arrangements[(int)(uint)(high >> 32)] : null);
    }

    /// <summary>Returns the code of the key with target group <paramref name="group"/>.</summary>
    public static UInt128 WithTargetGroup(UInt128 code, TargetGroup group) =>
        Without(code, PlacementDimensions.TargetGroup) | (((ulong)(byte)group << TargetGroupShift) | Present(PlacementDimensions.TargetGroup));

    /// <summary>Returns the code of the key with <paramref name="dimension"/> (one dimension) null.</summary>
    public static UInt128 Without(UInt128 code, PlacementDimensions dimension) => code & ~MaskOf(dimension);

    /// <summary>Returns the code of the key with every dimension but <paramref name="dimension"/> (one dimension) null.</summary>
    public static UInt128 Only(UInt128 code, PlacementDimensions dimension) => code & MaskOf(dimension);

    /// <summary>The bits of one dimension: its value and its presence bit.</summary>
    private static UInt128 MaskOf(PlacementDimensions dimension)
    {
        var present = Present(dimension);
        return dimension switch
        {
            PlacementDimensions.Employer => new UInt128(0, present | EmployerMask),
            PlacementDimensions.Partner => new UInt128(0, present | (0xFFFFUL << PartnerShift)),
            PlacementDimensions.Region => new UInt128(0, present | (0x7FUL << RegionShift)),
            PlacementDimensions.TargetGroup => new UInt128(0, present | (0xFFUL << TargetGroupShift)),
            PlacementDimensions.Sector => new UInt128(uint.MaxValue, present),
            PlacementDimensions.Arrangement => new UInt128((ulong)uint.MaxValue << 32, present),
            _ => throw new ArgumentException($"'{dimension}' is not one placement dimension.", nameof(dimension)),
        };
    }

    /// <summary>The presence bit of one dimension: the dimensions' flags are 1 to 32, six bits.</summary>
    private static ulong Present(PlacementDimensions dimension) => (ulong)dimension << PresentShift;

    private static bool Has(ulong low, PlacementDimensions dimension) => (low & Present(dimension)) != 0;

    private static RegionCode RegionOf(int numberPlusOne) => numberPlusOne == 0 ? default : RegionCode.FromNumber(numberPlusOne - 1);

    private static KvkNumber EmployerOf(int orderKey) => orderKey == 0 ? default : KvkNumber.FromNumber(orderKey - 1);

    private static int Number(string value, Dictionary<string, int> numbers, List<string> values)
    {
        ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, value, out var exists);
        if (!exists)
        {
            number = values.Count;
            values.Add(value);
        }

        return number;
    }
}
