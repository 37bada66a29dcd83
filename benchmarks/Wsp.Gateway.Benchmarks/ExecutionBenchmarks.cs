using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Types;
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
    private readonly GatewayHost _gateway = new();
    private IServiceScope _scope = null!;
    private IDocumentExecuter<ISchema> _executer = null!;
    private IGraphQLTextSerializer _serializer = null!;

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
        _gateway.Start(host =>
        {
            if (Settings == "defaults")
            {
                host.UseSetting("Wsp:Gateway:Execution:DocumentCache", "false");
                host.UseSetting("Wsp:Gateway:Execution:QueryStrategy", "parallel");
            }
        }).Dispose();
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
        _gateway.Stop();
    }

    public void Dispose()
    {
        _output.Dispose();
        _gateway.Dispose();
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
