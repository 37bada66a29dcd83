using CsCheck;
using NodaTime;
using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Tests.Counting;

public sealed class DurabilityClassifierTests
{
    private static readonly DateInterval s_2024 = new(new(2024, 1, 1), new(2024, 12, 31));

    [Fact]
    public void A_start_on_31_August_has_its_six_month_mark_on_the_last_day_of_February()
    {
        var rule = new DurabilityClassifier(s_2024, new LocalDate(2025, 12, 31));
        Assert.Equal(DurabilityOutcome.EndedBeforeSixMonths, rule.Classify(new LocalDate(2024, 8, 31), new LocalDate(2025, 2, 27)));
        Assert.Equal(DurabilityOutcome.EndedBeforeTwelveMonths, rule.Classify(new LocalDate(2024, 8, 31), new LocalDate(2025, 2, 28)));
    }

    [Fact]
    public void A_mark_after_the_measuring_date_is_pending_and_a_running_placement_runs_at_every_mark()
    {
        var rule = new DurabilityClassifier(s_2024, new LocalDate(2024, 12, 31));
        Assert.Equal(DurabilityOutcome.SixMonthsPending, rule.Classify(new LocalDate(2024, 7, 1), null));
        Assert.Equal(DurabilityOutcome.RunningAtSixMonthsTwelvePending, rule.Classify(new LocalDate(2024, 3, 1), null));
        Assert.Equal(DurabilityOutcome.EndedBeforeSixMonthsTwelvePending, rule.Classify(new LocalDate(2024, 3, 1), new LocalDate(2024, 8, 31)));
    }

    [Fact]
    public void A_start_outside_the_period_is_refused()
    {
        var rule = new DurabilityClassifier(s_2024, new LocalDate(2025, 12, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => rule.Classify(new LocalDate(2023, 12, 31), null));
        Assert.Throws<ArgumentOutOfRangeException>(() => rule.Classify(new DateOnly(2025, 1, 1), null));
    }

    [Fact]
    public void Both_date_types_give_the_definitions_outcome_of_every_placement() =>
        Check.Sample(Gen.Select(Gen.Int[0, 365], Gen.Int[-10, 800], Gen.Int[0, 900]), (startOffset, length, measuredAfter) =>
        {
            // A length over 700 days stands for no end: the placement runs.
            var start = s_2024.Start.PlusDays(startOffset);
            LocalDate? end = length <= 700 ? start.PlusDays(length) : null;
            var measuring = s_2024.Start.PlusDays(measuredAfter);
            var rule = new DurabilityClassifier(s_2024, measuring);
            var expected = ByTheText(start, end, measuring);
            Assert.Equal(expected, rule.Classify(start, end));
            Assert.Equal(expected, rule.Classify(start.ToDateOnly(), end?.ToDateOnly()));
            Assert.Equal(expected, PlacementDurability.OutcomeOf(start, end, measuring));
        });

    /// <summary>The definition's text, with NodaTime's month arithmetic, independent of the classifier's day arrays.</summary>
    private static DurabilityOutcome ByTheText(LocalDate start, LocalDate? end, LocalDate measuring)
    {
        var (six, twelve) = (start.PlusMonths(6), start.PlusMonths(12));
        bool RunningAt(LocalDate mark) => end is null || end >= mark;
        if (six > measuring)
        {
            return DurabilityOutcome.SixMonthsPending;
        }

        if (twelve > measuring)
        {
            return RunningAt(six) ? DurabilityOutcome.RunningAtSixMonthsTwelvePending : DurabilityOutcome.EndedBeforeSixMonthsTwelvePending;
        }

        return !RunningAt(six) ? DurabilityOutcome.EndedBeforeSixMonths : RunningAt(twelve) ? DurabilityOutcome.RunningAtTwelveMonths : DurabilityOutcome.EndedBeforeTwelveMonths;
    }
}
