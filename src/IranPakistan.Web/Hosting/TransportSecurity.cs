using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// HTTPS when it is configured (docs/security.md, "Headers"): http is redirected to https, HSTS says
/// so for a year and for every subdomain, and any cookie set over https is Secure.
/// </summary>
public static class TransportSecurity
{
    public static IServiceCollection AddTransportSecurity(this IServiceCollection services)
    {
        // Explorer:HttpsRedirect=true behind a proxy that terminates TLS on the standard port.
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<ExplorerOptions>, IConfiguration>((redirect, explorer, configuration) =>
        {
            if (explorer.Value.HttpsRedirect == true && string.IsNullOrEmpty(configuration["https_port"] ?? configuration["ASPNETCORE_HTTPS_PORT"]))
            {
                redirect.HttpsPort = 443;
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        // No page sets the antiforgery cookie (pages hold no forms that post), but if one ever does it
        // must not travel over plain http when the reader came over https, nor be readable by script.
        services.AddOptions<AntiforgeryOptions>().Configure(options =>
        {
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>Explorer:HttpsRedirect if set, otherwise: does the app listen on https or know its https port?</summary>
    public static bool HttpsConfigured(IConfiguration configuration, ExplorerOptions options)
    {
        if (options.HttpsRedirect is { } explicitly)
        {
            return explicitly;
        }

        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "";
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? "");
        return !string.IsNullOrEmpty(configuration["https_port"] ?? configuration["ASPNETCORE_HTTPS_PORT"])
            || urls.Split(';').Concat(endpoints).Any(u => u.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// HSTS on every https answer (also one a TLS-terminating proxy forwarded); the redirect only when
    /// HTTPS is configured, since without an https port there is nowhere to send anyone.
    /// </summary>
    public static IApplicationBuilder UseTransportSecurity(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseHsts();
        var options = app.Services.GetRequiredService<IOptions<ExplorerOptions>>().Value;
        if (HttpsConfigured(app.Configuration, options))
        {
            app.UseHttpsRedirection();
        }

        return app;
    }
}
