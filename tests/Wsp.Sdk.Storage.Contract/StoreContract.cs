namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The base of every contract class: each test gets a fresh, initialized, empty store from
/// <see cref="CreateStoreAsync"/> (xunit makes a new instance of the class per test), so tests never see each other's
/// data. A store's test project derives each contract class and says how to make and remove its store.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private IWspStore? _store;

    /// <summary>Gets the store of the running test.</summary>
    protected IWspStore Store => _store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    /// <summary>Gets the cast and clock of the running test.</summary>
    protected World World { get; } = new();

    /// <summary>Creates a fresh, initialized, empty store.</summary>
    /// <returns>The store.</returns>
    protected abstract Task<IWspStore> CreateStoreAsync();

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made; called once after each test.</summary>
    /// <param name="store">The store.</param>
    /// <returns>A task that completes when it is removed.</returns>
    protected virtual Task DisposeStoreAsync(IWspStore store) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await SeedAsync(_store);
    }

    /// <summary>Writes what every test of a contract starts from; nothing by default.</summary>
    protected virtual Task SeedAsync(IWspStore store) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
    }
}
