using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The EF Core model of the summary columns, for specification queries (Ardalis.Specification) over
/// <see cref="VacancySummary"/> and <see cref="EmployerAccountSummary"/>. Read only: documents are written with
/// prepared commands (see <see cref="SqliteWspStore"/>), and the schema comes from <see cref="Schema"/>.
/// </summary>
internal sealed class WspDbContext : DbContext
{
    private static readonly ValueConverter<Instant, long> s_instant = new(i => i.ToUnixTimeTicks(), t => Instant.FromUnixTimeTicks(t));
    private static readonly ValueConverter<LocalDate, int> s_date = new(d => Days.Of(d), n => Days.ToDate(n));

    public WspDbContext(SqliteConnection connection)
        : base(new DbContextOptionsBuilder<WspDbContext>().UseSqlite(connection).Options)
    {
        ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        ChangeTracker.AutoDetectChangesEnabled = false;
    }

    public DbSet<VacancySummary> Vacancies => Set<VacancySummary>();

    public DbSet<EmployerAccountSummary> Accounts => Set<EmployerAccountSummary>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<VacancySummary>(e =>
        {
            e.ToTable("vacancies");
            e.HasKey(v => v.Id);
            e.Property(v => v.Id).HasColumnName("id");
            e.Property(v => v.AccountId).HasColumnName("account_id");
            e.Property(v => v.RegionCode).HasColumnName("region_code");
            e.Property(v => v.Owner).HasColumnName("owner");
            e.Property(v => v.SectorCode).HasColumnName("sector_code");
            e.Property(v => v.Title).HasColumnName("title");
            e.Property(v => v.IsOpen).HasColumnName("is_open");
            e.Property(v => v.IsRegisteredLate).HasColumnName("is_registered_late");
            e.Property(v => v.DuplicatedFrom).HasColumnName("duplicated_from");
            e.Property(v => v.RegisteredAt).HasColumnName("registered_at").HasConversion(s_instant);
            e.Property(v => v.ExpiresOn).HasColumnName("expires_on").HasConversion(s_date);
            e.Property(v => v.Workplaces).HasColumnName("workplaces");
            e.Property(v => v.Placements).HasColumnName("placements");
            e.Property(v => v.Referrals).HasColumnName("referrals");
            e.Property(v => v.CoProductionId).HasColumnName("co_production_id");
            e.Property(v => v.IsHandedOver).HasColumnName("is_handed_over");
        });
        modelBuilder.Entity<EmployerAccountSummary>(e =>
        {
            e.ToTable("accounts");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasColumnName("id");
            e.Property(a => a.Name).HasColumnName("name");
            e.Property(a => a.NameKey).HasColumnName("name_key");
            e.Property(a => a.Kvk).HasColumnName("kvk");
            e.Property(a => a.RegionCode).HasColumnName("region_code");
            e.Property(a => a.Owner).HasColumnName("owner");
            e.Property(a => a.LastContact).HasColumnName("last_contact").HasConversion(s_instant);
            e.Property(a => a.PendingConsentRequests).HasColumnName("pending_consents");
        });
    }
}

/// <summary>Dates as day numbers (days since 0001-01-01): one integer comparison per date in SQL.</summary>
internal static class Days
{
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
