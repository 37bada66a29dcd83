using System.Text.Encodings.Web;
using GraphQL;
using Wsp.Gateway.Dashboard;
using Wsp.Gateway.Errors;
using Wsp.Gateway.GraphiQL;
using Wsp.Gateway.Hosting;
using Wsp.Gateway.Http;
using Wsp.Gateway.Http.Execution;
using Wsp.Gateway.Schema;
using Wsp.Gateway.Security;
using Wsp.Gateway.Storage;
using Wsp.Gateway.Telemetry;
using Wsp.Hosting.Storage;
using Wsp.Sdk.Geography;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddWspLoggingDefaults();

builder.Services.AddSingleton(Gazetteer.Default);
builder.Services.AddWspStore(builder.Configuration, "Wsp.Gateway").AddHostedService<StoreInitializer>();
builder.Services.AddProblemDetails();
builder.Services.AddGraphQL(graphQL => graphQL
    .AddSchema<WspSchema>()
    .AddGraphTypes(typeof(WspSchema).Assembly)
    // Responses are JSON, never HTML, and sent with nosniff: names such as 's-Gravenhage need no \u escapes.
    .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
    .AddErrorInfoProvider(new WspErrorInfoProvider()));
builder.Services.AddWspExecution(builder.Configuration);
builder.Services.AddWspTelemetry(builder.Configuration);
builder.Services.AddWspCors(builder.Configuration);
builder.Services.AddWspShutdown(builder.Configuration);
builder.Logging.AddWspLogging();
builder.Services.AddWspGateway(builder.Configuration, builder.Environment);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.Use(async (context, next) =>
{
    // NL GOV API Design Rules: every response names the schema's semantic version.
    context.Response.Headers["API-Version"] = ApiVersion.Current;
    context.Response.Headers.XContentTypeOptions = "nosniff";
    await next(context).ConfigureAwait(false);
});
app.UseWspCors();
app.UseWspGatewaySecurity();
app.MapWspGraphQL();
app.MapWspGraphiQL();
app.MapWspDashboard();
app.MapWspHealth();

await app.RunAsync().ConfigureAwait(false);

/// <summary>The gateway program (for the test host).</summary>
public partial class Program;
