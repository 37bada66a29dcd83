using Wsp.Sdk.Employers;
using static Wsp.Sdk.Storage.Contract.DeskWorld;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// What a version (<see cref="Versioned{T}.ETag"/>, the gateway's <c>version</c>) is, on every store and every kind of
/// document: opaque text, not empty, that a read repeats until the next write and that every write changes, never
/// back to one the document had before; a write over any version but the latest is <see cref="StoreErrorCode.Conflict"/>.
/// Nothing else is promised: its form is the store's (a number on SQLite, Cosmos DB's ETag, a GUID), so a caller passes
/// it back as it read it and compares it for equality only (docs/storage.md, Versions).
/// </summary>
public abstract class VersionContract : StoreContract
{
    private const int Writes = 4;

    [Fact]
    public async Task A_vacancy_s_version_is_repeated_by_every_read_and_changed_by_every_write()
    {
        var versions = await WriteAndReadAsync(
            () => Store.Vacancies.InsertAsync(World.Vacancy(positions: Writes + 1)),
            (latest, n) => Store.Vacancies.ReplaceAsync(World.Refer(latest.Value, n), latest.ETag),
            () => Store.Vacancies.FindAsync("V-1"),
            async () => Assert.Single(await Store.Vacancies.FindManyAsync(["V-1"])));

        await AssertStaleIsConflictAsync(versions, v => Store.Vacancies.ReplaceAsync(World.Refer(v.Value, 99), v.ETag));
    }

    [Fact]
    public async Task An_account_s_version_is_repeated_by_every_read_and_changed_by_every_write()
    {
        var versions = await WriteAndReadAsync(
            () => Store.Accounts.InsertAsync(World.Account()),
            (latest, n) => Store.Accounts.ReplaceAsync(latest.Value.RecordContact(World.Delft, ContactKind.Other, $"call {n}", World.Clock), latest.ETag),
            () => Store.Accounts.FindAsync("EA-1"),
            async () => Assert.Single(await Store.Accounts.FindManyAsync(["EA-1"])));

        await AssertStaleIsConflictAsync(versions, v => Store.Accounts.ReplaceAsync(v.Value.RecordContact(World.Delft, ContactKind.Other, "late", World.Clock), v.ETag));
    }

    [Fact]
    public async Task H6_a_regional_project_s_version_is_repeated_by_every_read_and_changed_by_every_write()
    {
        var versions = await WriteAndReadAsync(
            () => Store.Projects.InsertAsync(RegionalProjectStoreContract.Project()),
            (latest, n) => Store.Projects.ReplaceAsync(RegionalProjectStoreContract.Project(name: $"Haven {n}"), latest.ETag),
            () => Store.Projects.FindAsync(Haaglanden, "P-1"),
            async () => Assert.Single(await Store.Projects.ListAsync(Haaglanden)));

        await AssertStaleIsConflictAsync(versions, v => Store.Projects.ReplaceAsync(RegionalProjectStoreContract.Project(name: "Lost update"), v.ETag));
    }

    [Fact]
    public async Task L2_an_arrangement_s_version_is_repeated_by_every_read_and_changed_by_every_write()
    {
        var versions = await WriteAndReadAsync(
            () => Store.Arrangements.InsertAsync(Final(World)),
            (latest, n) => Store.Arrangements.ReplaceAsync(latest.Value.Join(Regions[n - 1], World), latest.ETag),
            () => Store.Arrangements.FindAsync("ARR-1"),
            null);

        await AssertStaleIsConflictAsync(versions, v => Store.Arrangements.ReplaceAsync(v.Value.Decline(Regions[^1], World), v.ETag));
    }

    [Fact]
    public async Task L4_the_desk_s_version_is_repeated_by_every_read_and_changed_by_every_write()
    {
        var versions = await WriteAndReadAsync(
            () => Store.Desk.InsertAsync(Desk()),
            (latest, n) => Store.Desk.ReplaceAsync(latest.Value.WithContact(Regions[n], OtherContact(Regions[n])), latest.ETag),
            () => Store.Desk.FindAsync(),
            null);

        await AssertStaleIsConflictAsync(versions, v => Store.Desk.ReplaceAsync(v.Value.WithContact(Haaglanden, Contact(Haaglanden)), v.ETag));
    }

    /// <summary>
    /// Inserts, then replaces <see cref="Writes"/> times over the latest version; after each write every way of reading
    /// the document gives the version the write returned. Returns every version written, oldest first.
    /// </summary>
    private static async Task<List<Versioned<T>>> WriteAndReadAsync<T>(
        Func<Task<Versioned<T>>> insert,
        Func<Versioned<T>, int, Task<Versioned<T>>> replace,
        Func<Task<Versioned<T>?>> find,
        Func<Task<Versioned<T>>>? list)
        where T : class
    {
        var written = new List<Versioned<T>> { await insert() };
        for (var n = 0; ; n++)
        {
            var last = written[^1];
            Assert.False(string.IsNullOrWhiteSpace(last.ETag), $"write {n} gave the version '{last.ETag}'");
            Assert.Equal(last.ETag, (await find())!.ETag);
            Assert.Equal(last.ETag, (await find())!.ETag);
            if (list is not null)
            {
                Assert.Equal(last.ETag, (await list()).ETag);
            }

            if (n == Writes)
            {
                break;
            }

            written.Add(await replace(last, n + 1));
        }

        // Every write a version of its own: none repeats an earlier one, so an old version can never pass as the latest.
        Assert.Equal(written.Count, written.Select(v => v.ETag).Distinct(StringComparer.Ordinal).Count());
        return written;
    }

    /// <summary>A write over each version but the latest is Conflict and changes nothing.</summary>
    private static async Task AssertStaleIsConflictAsync<T>(List<Versioned<T>> versions, Func<Versioned<T>, Task<Versioned<T>>> write)
        where T : class
    {
        foreach (var stale in versions.Take(versions.Count - 1))
        {
            var error = await Assert.ThrowsAsync<StoreException>(() => write(stale));
            Assert.Equal(StoreErrorCode.Conflict, error.Code);
        }

        // The latest version still writes: the refusals above changed nothing.
        await write(versions[^1]);
    }
}
