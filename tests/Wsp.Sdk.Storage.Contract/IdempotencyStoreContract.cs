using NodaTime;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// <see cref="IIdempotencyStore"/>: one record per partner and key, guarded by its version, gone once it expires (judged
/// at the moment the caller names, so the expiry is driven by the test's clock).
/// </summary>
public abstract class IdempotencyStoreContract : StoreContract
{
    private Instant Now => World.Clock.GetCurrentInstant();

    private IdempotencyRecord Claim(string key = "key-1", string partner = "UWV", string hash = "hash-a") =>
        new(partner, key, hash, Now, Now + Duration.FromMinutes(2));

    [Fact]
    public async Task A_record_is_found_by_partner_and_key_and_another_partner_s_same_key_is_another_key()
    {
        var inserted = await Store.Idempotency.InsertAsync(Claim(), Now);
        await Store.Idempotency.InsertAsync(Claim(partner: "GM0503", hash: "hash-b"), Now);

        var found = await Store.Idempotency.FindAsync("UWV", "key-1", Now);
        var other = await Store.Idempotency.FindAsync("GM0503", "key-1", Now);

        Assert.Equal(inserted.ETag, found!.ETag);
        Assert.Equal(("UWV", "key-1", "hash-a", (IdempotentResponse?)null), (found.Value.Partner, found.Value.Key, found.Value.RequestHash, found.Value.Response));
        Assert.Equal("hash-b", other!.Value.RequestHash);
        Assert.Null(await Store.Idempotency.FindAsync("UWV", "key-2", Now));
    }

    [Fact]
    public async Task A_key_held_by_a_record_that_has_not_expired_is_AlreadyExists()
    {
        await Store.Idempotency.InsertAsync(Claim(), Now);

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Idempotency.InsertAsync(Claim(hash: "hash-b"), Now));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Equal("hash-a", (await Store.Idempotency.FindAsync("UWV", "key-1", Now))!.Value.RequestHash);
    }

    [Fact]
    public async Task An_expired_record_is_not_found_and_a_new_record_takes_its_key()
    {
        await Store.Idempotency.InsertAsync(Claim(), Now);
        World.Clock.Advance(Duration.FromMinutes(2));

        Assert.Null(await Store.Idempotency.FindAsync("UWV", "key-1", Now));
        var taken = await Store.Idempotency.InsertAsync(Claim(hash: "hash-b"), Now);

        Assert.Equal(taken.ETag, (await Store.Idempotency.FindAsync("UWV", "key-1", Now))!.ETag);
        Assert.Equal("hash-b", (await Store.Idempotency.FindAsync("UWV", "key-1", Now))!.Value.RequestHash);
    }

    [Fact]
    public async Task The_first_answer_is_written_over_the_version_read_and_a_stale_version_is_a_Conflict()
    {
        var inserted = await Store.Idempotency.InsertAsync(Claim(), Now);
        var answer = new IdempotentResponse(200, "application/graphql-response+json; charset=utf-8", """{"data":{"bookPlacement":{"placement":{"id":"P-1"}}}}""");
        var completed = inserted.Value with { Response = answer, ExpiresAt = inserted.Value.CreatedAt + Duration.FromHours(24) };

        var written = await Store.Idempotency.ReplaceAsync(completed, inserted.ETag);
        var stale = await Assert.ThrowsAsync<StoreException>(() => Store.Idempotency.ReplaceAsync(completed, inserted.ETag));
        World.Clock.Advance(Duration.FromHours(23));
        var found = await Store.Idempotency.FindAsync("UWV", "key-1", Now);

        Assert.Equal(StoreErrorCode.Conflict, stale.Code);
        Assert.Equal(written.ETag, found!.ETag);
        Assert.Equal(answer, found.Value.Response);
        Assert.Equal(inserted.Value.CreatedAt + Duration.FromHours(24), found.Value.ExpiresAt);
    }

    [Fact]
    public async Task A_record_is_deleted_at_the_version_read_only()
    {
        var inserted = await Store.Idempotency.InsertAsync(Claim(), Now);
        var completed = await Store.Idempotency.ReplaceAsync(inserted.Value with { Response = new IdempotentResponse(200, "application/json", "{}") }, inserted.ETag);

        var stale = await Assert.ThrowsAsync<StoreException>(() => Store.Idempotency.DeleteAsync("UWV", "key-1", inserted.ETag));
        await Store.Idempotency.DeleteAsync("UWV", "key-1", completed.ETag);
        var gone = await Assert.ThrowsAsync<StoreException>(() => Store.Idempotency.DeleteAsync("UWV", "key-1", completed.ETag));

        Assert.Equal((StoreErrorCode.Conflict, StoreErrorCode.NotFound), (stale.Code, gone.Code));
        Assert.Null(await Store.Idempotency.FindAsync("UWV", "key-1", Now));
        await Store.Idempotency.InsertAsync(Claim(), Now);
    }

    [Fact]
    public async Task The_version_of_an_expired_record_neither_completes_nor_deletes_the_record_that_took_its_key()
    {
        var expired = await Store.Idempotency.InsertAsync(Claim(), Now);
        World.Clock.Advance(Duration.FromMinutes(2));
        var taken = await Store.Idempotency.InsertAsync(Claim(hash: "hash-b"), Now);

        var complete = await Assert.ThrowsAsync<StoreException>(() => Store.Idempotency.ReplaceAsync(expired.Value with { Response = new IdempotentResponse(200, "application/json", "{}") }, expired.ETag));
        var delete = await Assert.ThrowsAsync<StoreException>(() => Store.Idempotency.DeleteAsync("UWV", "key-1", expired.ETag));

        Assert.Equal((StoreErrorCode.Conflict, StoreErrorCode.Conflict), (complete.Code, delete.Code));
        Assert.Equal(taken.ETag, (await Store.Idempotency.FindAsync("UWV", "key-1", Now))!.ETag);
    }

    [Fact]
    public async Task A_key_of_255_characters_of_any_kind_round_trips()
    {
        var key = string.Concat(Enumerable.Repeat("a/b?c#d\\é ß-", 22))[..IdempotencyRecord.MaxKeyLength];
        var body = """{"errors":[{"message":"€ \"quoted\" \n line","extensions":{"code":"H13"}}]}""";
        var inserted = await Store.Idempotency.InsertAsync(Claim(key), Now);
        await Store.Idempotency.ReplaceAsync(inserted.Value with { Response = new IdempotentResponse(200, "application/json; charset=utf-8", body) }, inserted.ETag);

        var found = await Store.Idempotency.FindAsync("UWV", key, Now);

        Assert.Equal(key, found!.Value.Key);
        Assert.Equal(body, found.Value.Response!.Body);
    }
}
