using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Wsp.Gateway.Benchmarks;

/// <summary>
/// Executing a document and writing its JSON, without HTTP: the gateway's settings (document cache, serial strategy)
/// against GraphQL.NET's defaults (no cache, parallel strategy), for the two queries of the load test.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks : IDisposable
{
    private readonly MemoryStream _output = new();
    private WebApplicationFactory<Program> _gateway = null!;
    private IServiceScope _scope = null!;
    private IDocumentExecuter<ISchema> _executer = null!;
    private IGraphQLTextSerializer _serializer = null!;
    private string _directory = null!;

    [Params("region", "regions")]
    public string Query { get; set; } = "region";

    [Params("gateway", "defaults")]
    public string Settings { get; set; } = "gateway";

    private string Document => Query == "region"
        ? """{ region(code:"AM21") { name } }"""
        : "{ regions { code name municipalities { code name } } }";

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("wsp-gateway-bench-").FullName;
        // WebApplicationFactory looks for the gateway's folder beside the solution file; say where it is.
        var contentRoot = GatewayFolder();
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WSP_GATEWAY", contentRoot);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_Wsp_Gateway", contentRoot);
        _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("Wsp:Sqlite:Path", Path.Combine(_directory, "wsp.db"));
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            if (Settings == "defaults")
            {
                host.UseSetting("Wsp:Gateway:Execution:DocumentCache", "false");
                host.UseSetting("Wsp:Gateway:Execution:QueryStrategy", "parallel");
            }
        });
        _scope = _gateway.Services.CreateScope();
        _executer = _scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        _serializer = _scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var length = ExecuteAndWrite().GetAwaiter().GetResult();
        if (length < 20)
        {
            throw new InvalidOperationException($"The query gave {length} bytes.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scope.Dispose();
        _gateway.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static string GatewayFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Wsp.Sdk.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Wsp.Gateway");
            }
        }

        throw new InvalidOperationException($"No Wsp.Sdk.sln above {AppContext.BaseDirectory}: run from the repository.");
    }

    public void Dispose()
    {
        _output.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public async Task<long> ExecuteAndWrite()
    {
        var result = await _executer.ExecuteAsync(new ExecutionOptions { Query = Document, RequestServices = _scope.ServiceProvider });
        if (result.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException(result.Errors[0].Message);
        }

        _output.SetLength(0);
        await _serializer.WriteAsync(_output, result);
        return _output.Length;
    }
}
