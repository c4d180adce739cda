using System.Security.Cryptography;
using IranPakistan.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>
/// Explorer:DataProtectionKeysPath: instances that share the folder share the key ring, so any of them
/// accepts what another protected (Blazor's circuit ids among them; see docs/deploy.md).
/// </summary>
public sealed class SharedKeyRingTests : IDisposable
{
    // What Blazor protects a circuit id with; any purpose would do, this one is the payload that matters.
    private const string Purpose = "Microsoft.AspNetCore.Components.Server.CircuitIdFactory,V1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ip-explorer-tests", "keys", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AStartedInstanceWritesItsKeyToTheConfiguredFolder()
    {
        using var instance = new KeyRingFactory(_folder);

        using var response = await instance.Client.GetAsync("/healthz");

        response.EnsureSuccessStatusCode();
        var key = Assert.Single(Directory.GetFiles(_folder, "key-*.xml"));
        var manager = instance.Services.GetRequiredService<IKeyManager>();
        Assert.Contains(manager.GetAllKeys(), k => key.EndsWith($"key-{k.KeyId}.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoInstancesSharingTheFolderAcceptEachOthersPayloads()
    {
        using var first = new KeyRingFactory(_folder);
        await first.GetOkAsync("/healthz");
        using var second = new KeyRingFactory(_folder);
        await second.GetOkAsync("/healthz");

        var fromFirst = Protector(first).Protect("circuit from the first instance");
        var fromSecond = Protector(second).Protect("circuit from the second instance");

        Assert.Equal("circuit from the first instance", Protector(second).Unprotect(fromFirst));
        Assert.Equal("circuit from the second instance", Protector(first).Unprotect(fromSecond));
        // One key, written by whichever started first, not one each.
        Assert.Single(Directory.GetFiles(_folder, "key-*.xml"));
    }

    [Fact]
    public async Task InstancesWithTheirOwnKeyRingsRejectEachOthersPayloads()
    {
        using var first = new KeyRingFactory(Path.Combine(_folder, "first"));
        await first.GetOkAsync("/healthz");
        using var second = new KeyRingFactory(Path.Combine(_folder, "second"));
        await second.GetOkAsync("/healthz");

        var fromFirst = Protector(first).Protect("circuit from the first instance");

        Assert.ThrowsAny<CryptographicException>(() => Protector(second).Unprotect(fromFirst));
    }

    [Fact]
    public async Task WithoutTheOptionTheKeyRingIsTheDefaultOne()
    {
        using var instance = new ExplorerFactory();
        await instance.GetOkAsync("/healthz");

        Assert.Null(instance.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        Assert.NotEqual(SharedKeyRing.ApplicationName, instance.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator);
        Assert.False(Directory.Exists(_folder));
    }

    private static IDataProtector Protector(ExplorerFactory instance) =>
        instance.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The test never created it.
        }
    }

    private sealed class KeyRingFactory(string folder) : ExplorerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Explorer:DataProtectionKeysPath", folder);
        }
    }
}
