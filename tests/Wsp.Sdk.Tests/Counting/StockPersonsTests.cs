using CsCheck;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Tests.Counting;

public sealed class StockPersonsTests
{
    private static readonly BookingPartner s_uwv = BookingPartner.Parse("UWV");
    private static readonly BookingPartner s_delft = BookingPartner.Parse("GM0503");

    public static TheoryData<string> Hashes => ["the default hash", "one hash for every person"];

    [Theory]
    [MemberData(nameof(Hashes))]
    public void H3_a_person_with_two_jobs_in_one_cell_counts_once_there_and_in_its_region_kind_and_total(string hash)
    {
        var persons = New(hash);
        persons.Add(s_uwv, "c-1", Cell(21, 0));
        persons.Add(s_uwv, "c-1", Cell(21, 0));

        var result = persons.Count();

        Assert.Equal(1, result.InCell[Cell(21, 0)]);
        Assert.Equal(1, result.InRegion[21]);
        Assert.Equal(1, result.OfKind[0]);
        Assert.Equal(1, result.Total);
    }

    [Theory]
    [MemberData(nameof(Hashes))]
    public void H3_a_person_working_for_both_kinds_in_two_regions_counts_in_each_but_once_in_all(string hash)
    {
        var persons = New(hash);
        persons.Add(s_uwv, "c-1", Cell(21, 1));
        persons.Add(s_uwv, "c-1", Cell(3, 0));
        persons.Add(s_uwv, "c-1", Cell(21, 0));

        var result = persons.Count();

        Assert.Equal([1, 1, 1], [result.InCell[Cell(21, 1)], result.InCell[Cell(3, 0)], result.InCell[Cell(21, 0)]]);
        Assert.Equal([1, 1], [result.InRegion[21], result.InRegion[3]]);
        Assert.Equal([1, 1], result.OfKind);
        Assert.Equal(1, result.Total);
    }

    [Theory]
    [MemberData(nameof(Hashes))]
    public void H3_the_same_pseudonym_of_two_booking_partners_is_two_persons(string hash)
    {
        var persons = New(hash);
        persons.Add(s_uwv, "c-1", Cell(21, 0));
        persons.Add(s_delft, "c-1", Cell(21, 0));

        Assert.Equal(2, persons.Count().InCell[Cell(21, 0)]);
    }

    [Fact]
    public void H3_pseudonyms_are_compared_by_their_characters_when_every_hash_agrees()
    {
        // Every person in one partition and one run: only the full comparison tells c-1, c-2 and c-10 apart.
        var persons = New("one hash for every person");
        foreach (var candidate in new[] { "c-2", "c-1", "c-10", new string(['c', '-', '1']), "c-2" })
        {
            persons.Add(s_uwv, candidate, Cell(21, 0));
        }

        var result = persons.Count();

        Assert.Equal(3, result.InCell[Cell(21, 0)]);
        Assert.Equal(3, result.Total);
    }

    [Theory]
    [MemberData(nameof(Hashes))]
    public void Counts_equal_the_rule_in_sets_of_pairs(string hash) =>
        Check.Sample(Gen.Select(Gen.Int[0, 1], Gen.Int[0, 3_000], Gen.Int[0, StockPersons.Cells - 1]).Array[0, 6_000], placements =>
        {
            var persons = New(hash);
            var pairs = new HashSet<(int Partner, int Candidate, int Cell)>();
            foreach (var (partner, candidate, cell) in placements)
            {
                persons.Add(partner == 0 ? s_uwv : s_delft, $"c-{candidate}", cell);
                pairs.Add((partner, candidate, cell));
            }

            var result = persons.Count();
            for (var cell = 0; cell < StockPersons.Cells; cell++)
            {
                Assert.Equal(pairs.Count(p => p.Cell == cell), result.InCell[cell]);
            }

            for (var region = 0; region < StockPersons.Cells / 2; region++)
            {
                Assert.Equal(pairs.Where(p => p.Cell / 2 == region).Select(p => (p.Partner, p.Candidate)).Distinct().Count(), result.InRegion[region]);
            }

            for (var kind = 0; kind < 2; kind++)
            {
                Assert.Equal(pairs.Where(p => p.Cell % 2 == kind).Select(p => (p.Partner, p.Candidate)).Distinct().Count(), result.OfKind[kind]);
            }

            Assert.Equal(pairs.Select(p => (p.Partner, p.Candidate)).Distinct().Count(), result.Total);
        }, iter: hash == "the default hash" ? 20 : 3);

    private static int Cell(int region, int kind) => (region * 2) + kind;

    private static StockPersons New(string hash) => hash == "the default hash" ? new StockPersons() : new StockPersons((_, _) => 0x5A5A5A5Au);
}
