using CsCheck;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Tests.Counting;

/// <summary>The working persons of a figure's entries (H3), with the default hash, with one hash for every person, and counted on two threads.</summary>
public sealed class PersonEntriesTests
{
    private static readonly BookingPartner s_uwv = BookingPartner.Parse("UWV");
    private static readonly BookingPartner s_delft = BookingPartner.Parse("GM0503");

    public static TheoryData<string> Hashes => ["the default hash", "one hash for every person", "the default hash, counted on two threads"];

    [Theory]
    [MemberData(nameof(Hashes))]
    public void H3_a_person_with_two_jobs_in_one_entry_counts_once_there_and_in_all(string hash)
    {
        var persons = New(hash, slots: 2);
        persons.Add(s_uwv, "c-1", [21, 0]);
        persons.Add(s_uwv, "c-1", [21, 0]);

        var counted = persons.Count();

        Assert.Equal(1, counted.Of(21, 0));
        Assert.Equal(1, counted.Of(0, 1));
        Assert.Equal(1, counted.Total);
    }

    [Theory]
    [MemberData(nameof(Hashes))]
    public void H3_a_person_in_two_entries_of_a_slot_counts_in_each_and_once_in_an_entry_of_another_slot_they_share(string hash)
    {
        var persons = New(hash, slots: 2);
        persons.Add(s_uwv, "c-1", [3, 1]);
        persons.Add(s_uwv, "c-1", [21, 1]);

        var counted = persons.Count();

        Assert.Equal([1, 1, 1], [counted.Of(3, 0), counted.Of(21, 0), counted.Of(1, 1)]);
        Assert.Equal(1, counted.Total);
    }

    [Theory]
    [MemberData(nameof(Hashes))]
    public void H3_the_same_pseudonym_of_two_booking_partners_is_two_persons(string hash)
    {
        var persons = New(hash, slots: 1);
        persons.Add(s_uwv, "c-1", [21]);
        persons.Add(s_delft, "c-1", [21]);

        var counted = persons.Count();

        Assert.Equal(2, counted.Of(21, 0));
        Assert.Equal(2, counted.Total);
    }

    [Fact]
    public void H3_pseudonyms_are_compared_by_their_characters_when_every_hash_agrees()
    {
        // Every person in one partition and one run: only the full comparison tells c-1, c-2 and c-10 apart.
        var persons = New("one hash for every person", slots: 1);
        foreach (var candidate in new[] { "c-2", "c-1", "c-10", new string(['c', '-', '1']), "c-2" })
        {
            persons.Add(s_uwv, candidate, [21]);
        }

        var counted = persons.Count();

        Assert.Equal(3, counted.Of(21, 0));
        Assert.Equal(3, counted.Total);
    }

    [Fact]
    public void H3_a_count_after_another_counts_only_its_own_placements_whatever_their_slots()
    {
        // The first count's partitions are kept for the next: nothing of its persons or entries may carry over.
        var first = New("the default hash", slots: 3);
        for (var i = 0; i < 10_000; i++)
        {
            first.Add(s_uwv, $"c-{i}", [i % 7, i % 5, 0]);
        }

        Assert.Equal(10_000, first.Count().Total);
        var second = New("the default hash", slots: 1);
        second.Add(s_uwv, "c-1", [4]);
        second.Add(s_delft, "c-1", [4]);
        second.Add(s_uwv, "c-1", [6]);

        var counted = second.Count();

        Assert.Equal(2, counted.Total);
        Assert.Equal([0, 2, 1], [counted.Of(0, 0), counted.Of(4, 0), counted.Of(6, 0)]);
    }

    [Fact]
    public void The_persons_are_counted_once_and_no_placement_is_added_after()
    {
        var persons = New("the default hash", slots: 1);
        persons.Add(s_uwv, "c-1", [0]);
        persons.Count();

        Assert.Throws<InvalidOperationException>(() => persons.Count());
        Assert.Throws<InvalidOperationException>(() => persons.Add(s_uwv, "c-2", [0]));
    }

    [Fact]
    public void A_placement_names_one_entry_of_each_slot()
    {
        var persons = New("the default hash", slots: 3);

        Assert.Throws<ArgumentException>(() => persons.Add(s_uwv, "c-1", [1, 2]));
    }

    [Theory]
    [MemberData(nameof(Hashes))]
    public void Counts_equal_the_rule_over_sets_of_pairs(string hash) =>
        Check.Sample(Gen.Select(Gen.Int[0, 1], Gen.Int[0, 3_000], Gen.Int[0, 199], Gen.Int[0, 40]).Array[0, 6_000], placements =>
        {
            // Two slots, as a cell and its row: every entry's persons are the distinct persons of the placements naming it.
            var persons = New(hash, slots: 2);
            foreach (var (partner, candidate, cell, row) in placements)
            {
                persons.Add(partner == 0 ? s_uwv : s_delft, $"c-{candidate}", [cell, row]);
            }

            var counted = persons.Count();
            var people = placements.Select(p => (p.Item1, p.Item2)).ToArray();
            for (var cell = 0; cell < 200; cell++)
            {
                Assert.Equal(placements.Where(p => p.Item3 == cell).Select(p => (p.Item1, p.Item2)).Distinct().Count(), counted.Of(cell, 0));
            }

            for (var row = 0; row <= 40; row++)
            {
                Assert.Equal(placements.Where(p => p.Item4 == row).Select(p => (p.Item1, p.Item2)).Distinct().Count(), counted.Of(row, 1));
            }

            Assert.Equal(people.Distinct().Count(), counted.Total);
        }, iter: hash == "one hash for every person" ? 3 : 20);

    private static PersonEntries New(string hash, int slots) => hash switch
    {
        "the default hash" => new PersonEntries(slots),
        "one hash for every person" => new PersonEntries(slots, (_, _) => 0x5A5A5A5Au),
        _ => new PersonEntries(slots, (partner, candidate) => (uint)HashCode.Combine(partner, candidate), twoThreadsFrom: 0),
    };
}
