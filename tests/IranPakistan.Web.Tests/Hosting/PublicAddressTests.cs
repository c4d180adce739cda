using System.Collections.Concurrent;
using System.Globalization;
using IranPakistan.Web.Hosting;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>A deployed site that does not know its public address says so when it starts.</summary>
[Collection(HostLogCollection.Name)]
public sealed class PublicAddressTests
{
    [Fact]
    public async Task WithoutAPublicBaseUrlTheStartWarnsThatAddressesStayRelative()
    {
        await using var app = new LoggingExplorer();
        using var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Contains(app.Logged, e => e.Level == LogEventLevel.Warning
            && e.RenderMessage(CultureInfo.InvariantCulture).Contains("Explorer:PublicBaseUrl is not set", StringComparison.Ordinal)
            && e.RenderMessage(CultureInfo.InvariantCulture).Contains(PublicAddress.UnsetWarning, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithAPublicBaseUrlNothingIsSaid()
    {
        await using var app = new LoggingExplorer { PublicBaseUrl = "https://explorer.example.org" };
        using var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.DoesNotContain(app.Logged, e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("PublicBaseUrl", StringComparison.Ordinal));
    }

    private sealed class LoggingExplorer : ExplorerFactory
    {
        public ConcurrentQueue<LogEvent> Logged { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Program's Serilog configuration reads sinks from the services.
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new LogCollector(Logged)));
        }
    }
}
