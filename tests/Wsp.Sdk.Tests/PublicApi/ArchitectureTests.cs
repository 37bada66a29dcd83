using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Tests.PublicApi;

/// <summary>Wsp.Sdk is the domain: it depends on NodaTime and Ardalis.Specification only and does no I/O (DESIGN.md, Architecture).</summary>
public sealed class ArchitectureTests
{
    private static readonly string s_assemblyPath = typeof(Gazetteer).Assembly.Location;

    [Fact]
    public void The_SDK_references_the_framework_NodaTime_and_Ardalis_Specification_only()
    {
        var references = typeof(Gazetteer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.All(references, name => Assert.True(
            name is "NodaTime" or "Ardalis.Specification" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal) || name == "System",
            $"Wsp.Sdk references {name}."));
        Assert.Contains("NodaTime", references);
    }

    [Theory]
    [InlineData("System.IO", "File")]
    [InlineData("System.IO", "FileStream")]
    [InlineData("System.IO", "Directory")]
    [InlineData("System.Net.Http", "HttpClient")]
    [InlineData("System.Net.Sockets", "Socket")]
    [InlineData("System", "Console")]
    [InlineData("System", "DateTime")]
    public void The_SDK_does_no_IO_and_reads_no_clock(string ns, string type)
    {
        using var stream = File.OpenRead(s_assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var referenced = metadata.TypeReferences
            .Select(metadata.GetTypeReference)
            .Select(t => (metadata.GetString(t.Namespace), metadata.GetString(t.Name)));
        Assert.DoesNotContain((ns, type), referenced);
    }

    [Fact]
    public void The_SDKs_namespaces_depend_on_each_other_without_cycles()
    {
        // Signatures only (base types, members' types): a namespace that names another's type in its surface depends on it.
        var types = typeof(Gazetteer).Assembly.GetTypes().Where(t => t.Namespace is { } n && n.StartsWith("Wsp.Sdk", StringComparison.Ordinal) && !t.Name.Contains('<', StringComparison.Ordinal)).ToArray();
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        const System.Reflection.BindingFlags All = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;
        foreach (var type in types)
        {
            var named = new List<Type?> { type.BaseType };
            named.AddRange(type.GetInterfaces());
            named.AddRange(type.GetFields(All).Select(f => f.FieldType));
            named.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
            foreach (var method in type.GetMethods(All).Cast<System.Reflection.MethodBase>().Concat(type.GetConstructors(All)))
            {
                named.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is System.Reflection.MethodInfo info)
                {
                    named.Add(info.ReturnType);
                }
            }

            var from = edges.TryGetValue(type.Namespace!, out var set) ? set : edges[type.Namespace!] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var other in named.Where(t => t is not null).SelectMany(Flatten).Select(t => t.Namespace).OfType<string>())
            {
                // The root namespace (the client) composes every concept; a concept may name its enclosing namespace's types.
                if (other != type.Namespace && other.StartsWith("Wsp.Sdk.", StringComparison.Ordinal) && type.Namespace != "Wsp.Sdk")
                {
                    from.Add(other);
                }
            }
        }

        var cycles = edges.Keys.Where(start => Reaches(edges, start, start)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(cycles.Length == 0, "Namespaces in a cycle: " + string.Join(", ", cycles));
    }

    private static IEnumerable<Type> Flatten(Type? type)
    {
        if (type is null)
        {
            yield break;
        }

        var element = type.HasElementType ? type.GetElementType() : type;
        yield return element!;
        foreach (var argument in element!.IsGenericType ? element.GetGenericArguments() : [])
        {
            foreach (var inner in Flatten(argument))
            {
                yield return inner;
            }
        }
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> edges, string from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new Stack<string>(edges.GetValueOrDefault(from) ?? []);
        while (work.TryPop(out var next))
        {
            if (next == target)
            {
                return true;
            }

            if (seen.Add(next))
            {
                foreach (var further in edges.GetValueOrDefault(next) ?? [])
                {
                    work.Push(further);
                }
            }
        }

        return false;
    }
}
