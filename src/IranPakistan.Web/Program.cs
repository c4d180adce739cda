using IranPakistan.Web.App;
using IranPakistan.Web.Hosting;
using IranPakistan.Web.Shared.Islands;
using Microsoft.AspNetCore.Components.Web;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Configured per host (no static bootstrap logger), so several test hosts can start side by side.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .Filter.ByExcluding(WarmUp.IsHealthCheckLineAboutTheWarmUp));
builder.Services.AddRazorComponents().AddInteractiveServerComponents(options =>
{
    // Islands start on demand as JS root components (see Shared/Islands/Island.razor).
    foreach (var (component, name) in IslandAttribute.All())
    {
        options.RootComponents.RegisterForJavaScript(component, name);
    }
});
builder.Services.AddExplorerServices(builder.Configuration);

var app = builder.Build();

if (args.FirstOrDefault() == "import")
{
    // `dotnet run --project src/IranPakistan.Web -- import [--force]`: build the database if needed, exit.
    return await app.InitializeDatabaseAsync(force: args.Contains("--force"), importOnly: true) ? 0 : 1;
}

app.WarmUpModelInBackground();
if (!await app.InitializeDatabaseAsync())
{
    return 1;
}

app.WarnIfUnset();

// HTTP/1.0 may send no Host; pages never read it, but Blazor needs a valid one to render.
app.UseFallbackHost();
// Then forwarded headers, so everything after sees the client's address and scheme, not the proxy's
// (loopback or Explorer:ForwardedHeaders only; see Hosting/ReverseProxy.cs).
app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExplorerExceptionHandler();
}

app.UseTransportSecurity();
app.UseSecurityHeaders();
app.UseExplorerRequestLogging();
app.UseHeadAsGet();
app.UseErrorPages();
// Inside the HTML error pages: /api/… fails as problem details (Hosting/OpenDataHosting.cs).
app.UseApiProblems();
app.UseReadOnlyMethods();
// Old slugs (seeds/redirects.yaml) answer 301 with the new address, before anything else looks at the path.
app.UseSlugRedirects();
app.UseRouting();
app.UseCors();
// Per client: search and the API by a window, islands' circuits by a cap (Hosting/ClientLimits.cs).
app.UseRateLimiter();
app.UseStaticFirstServing();
// Razor component endpoints require it; it only validates form posts, which the explorer has none of.
app.UseAntiforgery();

app.MapStaticAssets();
app.MapExplorerHealthChecks();
app.MapExplorerApi();
app.MapApiReference();
app.MapExplorerDownloads();
// Pages are static: no interactive render mode, so no page carries a prerendered component, a
// persisted-state comment or an antiforgery cookie. Islands connect to the hub on their own.
app.MapRazorComponents<App>();
app.MapBlazorHub();

await app.RunAsync();
return 0;

public partial class Program;
