using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Wsp.Gateway.Tests;

/// <summary>Starts a test host's gateway on a free Kestrel port (for Node.js, Chromium and real sockets).</summary>
internal static class GatewayServer
{
    public static Uri StartOnKestrel(this WebApplicationFactory<Program> factory)
    {
        // UseKestrel(0) binds "localhost", where Kestrel cannot take a dynamic port and falls back to 5000: bind the
        // loopback address itself, on a port the OS picks, so parallel runs never collide.
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }
}
