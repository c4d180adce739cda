using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// With <c>Explorer:DataProtectionKeysPath</c> set, the Data Protection key ring lives in that folder
/// under one fixed application name, so every instance sharing the folder protects with the same keys
/// and accepts the others' payloads — Blazor's circuit ids among them (docs/deploy.md). Unset, nothing
/// changes: ASP.NET Core's default key ring, private to this instance.
/// </summary>
public static class SharedKeyRing
{
    /// <summary>
    /// The application name the shared ring's payloads are bound to. Fixed, because the default is the
    /// content root path, which differs between machines and installs of the same release.
    /// </summary>
    public const string ApplicationName = "IranPakistan.Explorer";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        // What PersistKeysToFileSystem and SetApplicationName register, but reading the folder from
        // the options when the key ring is first built rather than now, so test hosts can set it.
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<ExplorerPaths, ILoggerFactory>((keys, paths, logging) =>
        {
            if (paths.DataProtectionKeysPath is { } folder)
            {
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), logging);
            }
        });
        services.AddOptions<DataProtectionOptions>().Configure<ExplorerPaths>((protection, paths) =>
        {
            if (paths.DataProtectionKeysPath is not null)
            {
                protection.ApplicationDiscriminator = ApplicationName;
            }
        });
        return services;
    }
}
