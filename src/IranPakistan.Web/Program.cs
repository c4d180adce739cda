using IranPakistan.Web.App;
using IranPakistan.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Configured per host (no static bootstrap logger), so several test hosts can start side by side.
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddExplorerServices(builder.Configuration);

var app = builder.Build();

if (args.FirstOrDefault() == "import")
{
    // `dotnet run --project src/IranPakistan.Web -- import [--force]`: migrate, import, exit.
    return await app.InitializeDatabaseAsync(force: args.Contains("--force"), importOnly: true) ? 0 : 1;
}

if (!await app.InitializeDatabaseAsync())
{
    return 1;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseSerilogRequestLogging();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapExplorerApi();
app.MapRazorComponents<App>()
    // Our own CSP already says frame-ancestors 'none'; Blazor's extra, looser header would contradict it.
    .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);

await app.RunAsync();
return 0;

public partial class Program;
