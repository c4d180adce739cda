using IranPakistan.Web.App;
using IranPakistan.Web.Hosting;
using IranPakistan.Web.Shared.Islands;
using Microsoft.AspNetCore.Components.Web;
using Serilog;
using Serilog.Events;

var builder = WebApplication.CreateBuilder(args);

// Configured per host (no static bootstrap logger), so several test hosts can start side by side.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());
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

// First, so everything after it sees the client's address and scheme, not the proxy's (loopback or
// Explorer:ForwardedHeaders only; see Hosting/ReverseProxy.cs).
app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseSecurityHeaders();
// One event per request, but only failures and slow answers at Information or above: writing every
// cached answer to the console would cost more than serving it (Debug shows them all).
app.UseSerilogRequestLogging(options => options.GetLevel = (context, elapsedMs, exception) =>
    exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
    : elapsedMs > 1000 ? LogEventLevel.Warning
    : LogEventLevel.Debug);
app.UseHeadAsGet();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// Inside the HTML error pages: /api/… fails as problem details (Hosting/OpenDataHosting.cs).
app.UseApiProblems();
app.UseRouting();
app.UseCors();
app.UseStaticFirstServing();
// Razor component endpoints require it; it only validates form posts, which the explorer has none of.
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapExplorerApi();
app.MapApiReference();
// Pages are static: no interactive render mode, so no page carries a prerendered component, a
// persisted-state comment or an antiforgery cookie. Islands connect to the hub on their own.
app.MapRazorComponents<App>();
app.MapBlazorHub();

await app.RunAsync();
return 0;

public partial class Program;
