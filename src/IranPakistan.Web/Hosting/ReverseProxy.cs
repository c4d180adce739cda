using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Behind a reverse proxy (deploy/nginx.conf): the client's address and scheme come from
/// X-Forwarded-For and X-Forwarded-Proto, believed only from the configured proxies
/// (<c>Explorer:ForwardedHeaders</c>; loopback by default). Pages never read either for their bytes —
/// absolute addresses come from <c>Explorer:PublicBaseUrl</c> — so this only makes logs, HSTS and
/// anything else that asks "https?" or "from whom?" see the client rather than the proxy.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ExplorerOptions>>((forwarded, explorer) =>
        {
            // Not X-Forwarded-Host: the Host header changes nothing a reader gets, and trusting it would
            // only widen what a proxy's client can claim.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy in front: only the address it appended counts, never what the client sent before it.
            forwarded.ForwardLimit = 1;
            var configured = explorer.Value.ForwardedHeaders;
            if (configured.KnownProxies.Count == 0 && configured.KnownNetworks.Count == 0)
            {
                return; // ASP.NET Core's default: 127.0.0.0/8 and ::1.
            }

            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in configured.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configured.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
