using GraphQL;
using Wsp.Gateway.Errors;
using Wsp.Gateway.Loading;
using Wsp.Sdk;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Schema;

/// <summary>
/// A vacancy as a list gives it (its summary) and, once a field needs more, the whole document: lists answer from the
/// summaries and load documents in one batch only when a selected field asks for them.
/// </summary>
internal sealed record VacancyNode(VacancySummary Summary, Vacancy? Full = null)
{
    public static VacancyNode Of(Vacancy vacancy) => new(VacancySummary.Of(vacancy), vacancy);
}

/// <summary>An employer account (werkgeversaccount) as its summary and, when needed, the whole document.</summary>
internal sealed record EmployerNode(EmployerAccountSummary Summary, EmployerAccount? Full = null)
{
    public static EmployerNode Of(EmployerAccount account) => new(EmployerAccountSummary.Of(account), account);
}

/// <summary>
/// What a resolver reads of its request: the caller's <see cref="WspClient"/>, which decides everything about the
/// caller, and the request's loaders, which read through it. A resolver makes one client call and decides nothing.
/// </summary>
internal static class NodeFields
{
    /// <summary>The caller's client; a field that needs one without a token is UNAUTHENTICATED (the validation rule refuses it earlier).</summary>
    public static WspClient Client(this IResolveFieldContext context) =>
        (context.UserContext as WspUserContext)?.Client
        ?? throw new ExecutionError("A bearer token is needed: only reference data is public.") { Code = ErrorCodes.Unauthenticated };

    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        (context.UserContext as WspUserContext)?.Loaders
        ?? throw new ExecutionError("A bearer token is needed: only reference data is public.") { Code = ErrorCodes.Unauthenticated };

    public static object? FromVacancy<T>(this IResolveFieldContext<VacancyNode> context, Func<Vacancy, T> get) =>
        context.Source.Full is { } vacancy
            ? get(vacancy)
            : context.Loaders().Vacancies.Load(context.Source.Summary.Id).Then(v => v is null ? default : get(v));

    public static object? FromAccount<T>(this IResolveFieldContext<EmployerNode> context, Func<EmployerAccount, T> get) =>
        context.Source.Full is { } account
            ? get(account)
            : context.Loaders().Accounts.Load(context.Source.Summary.Id).Then(a => a is null ? default : get(a));

    /// <summary>
    /// The employer account behind a record, batch-loaded through the client, or null when the caller may not read its
    /// home region's records: an account is a record of its home region (a national employer's too), so reaching it
    /// through a vacancy or an arrangement shows no more than <c>employer(id)</c> does. Null without an error, because the
    /// record that leads there is the caller's to read.
    /// </summary>
    public static object LoadReadableEmployer(this IResolveFieldContext context, string accountId) =>
        context.Loaders().Accounts.Load(accountId).Then(a => a is null ? null : EmployerNode.Of(a));

    /// <summary>The vacancy behind a record (an imported placement may name any vacancy id), batch-loaded through the client: null when there is none or the caller may not read its region.</summary>
    public static object LoadReadableVacancy(this IResolveFieldContext context, string vacancyId) =>
        context.Loaders().Vacancies.Load(vacancyId).Then(v => v is null ? null : VacancyNode.Of(v));
}
