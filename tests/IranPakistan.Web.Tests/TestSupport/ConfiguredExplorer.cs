using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.TestSupport;

/// <summary>The app with some settings of its own (<c>("Explorer:Limits:RequestsPerWindow", "5")</c>).</summary>
public sealed class ConfiguredExplorer(params (string Key, string Value)[] settings) : ExplorerFactory
{
    /// <summary>Serves on a free loopback port; returns the origin.</summary>
    public string StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    /// <summary>
    /// Sends a GET as the test server would, but from <paramref name="client"/> and with whatever else
    /// <paramref name="configure"/> sets; returns the context after the whole pipeline ran, body included.
    /// </summary>
    public static async Task<(HttpContext Context, string Body)> SendAsync(ExplorerFactory app, string pathAndQuery, IPAddress? client = null, Action<HttpContext>? configure = null)
    {
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            var query = pathAndQuery.IndexOf('?');
            c.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
            c.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
            c.Request.Host = new HostString("explorer.example.org");
            c.Connection.RemoteIpAddress = client ?? IPAddress.Parse("198.51.100.1");
            configure?.Invoke(c);
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context, await reader.ReadToEndAsync());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
