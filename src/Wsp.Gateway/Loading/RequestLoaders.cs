using Wsp.Sdk;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Loading;

/// <summary>
/// The loaders of one request, each batch one call of the caller's <see cref="WspClient"/>: employer accounts and
/// vacancies by id (only those the caller may read, as the client decides), whether accounts are national employers,
/// (the national desk is read once per request by the request's store).
/// </summary>
internal sealed class RequestLoaders
{
    public RequestLoaders(WspClient client)
    {
        Accounts = new BatchLoader<EmployerAccount>(client.FindReadableEmployersAsync);
        Vacancies = new BatchLoader<Vacancy>(client.FindReadableVacanciesAsync);
        NationalEmployers = new BatchLoader<object>(async (ids, cancellationToken) =>
            (await client.AreNationalEmployersAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Key, p => (object)p.Value, StringComparer.Ordinal));
    }

    public BatchLoader<EmployerAccount> Accounts { get; }

    public BatchLoader<Vacancy> Vacancies { get; }

    /// <summary>Whether an account is a national employer (rule L1), boxed: a batch loader holds reference types.</summary>
    public BatchLoader<object> NationalEmployers { get; }
}
