using GraphQL;
using Wsp.Gateway.Loading;
using Wsp.Gateway.Security;
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

/// <summary>Resolves a field from the whole document, through the request's batch loader when only the summary is there.</summary>
internal static class NodeFields
{
    public static StoreLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<StoreLoaders>();

    public static object? FromVacancy<T>(this IResolveFieldContext<VacancyNode> context, Func<Vacancy, T> get) =>
        context.Source.Full is { } vacancy
            ? get(vacancy)
            : context.Loaders().Vacancies.Load(context.Source.Summary.Id).Then(v => v is null ? default : get(v));

    public static object? FromAccount<T>(this IResolveFieldContext<EmployerNode> context, Func<EmployerAccount, T> get) =>
        context.Source.Full is { } account
            ? get(account)
            : context.Loaders().Accounts.Load(context.Source.Summary.Id).Then(a => a is null ? default : get(a));

    /// <summary>
    /// The employer account behind a record, batch-loaded, or null when the partner may not read its home region's
    /// records: an account is a record of its home region (a national employer's too), so reaching it through a vacancy
    /// or an arrangement shows no more than <c>employer(id)</c> does. Null without an error, because the record that
    /// leads there is the partner's to read.
    /// </summary>
    public static object LoadReadableEmployer(this IResolveFieldContext context, string accountId)
    {
        var partner = context.Partner();
        return context.Loaders().Accounts.Load(accountId).Then(a => a is not null && partner.CanReadRecords(a.Region.Code) ? EmployerNode.Of(a) : null);
    }

    public static object LoadVacancy(this IResolveFieldContext context, string vacancyId) =>
        context.Loaders().Vacancies.Load(vacancyId).Then(v => v is null ? null : VacancyNode.Of(v));
}
