using System.ComponentModel.DataAnnotations;
using IranPakistan.Web.Hosting;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>The options a deployment sets (docs/deploy.md) are checked at start-up, each with a message naming the setting.</summary>
public sealed class ExplorerOptionsValidationTests
{
    [Fact]
    public void TheDefaultsAreValid() => Assert.Empty(Problems(new ExplorerOptions()));

    [Fact]
    public void ADeploymentsSettingsAreValid()
    {
        var options = new ExplorerOptions
        {
            DataProtectionKeysPath = "/srv/explorer/keys",
            ShutdownTimeout = TimeSpan.FromSeconds(20),
            ForwardedHeaders = { KnownProxies = ["10.0.0.5", "::1"], KnownNetworks = ["10.0.0.0/24", "fd00::/8"] },
        };

        Assert.Empty(Problems(options));
    }

    [Fact]
    public void AnEmptyKeysPathMeansUnset() => Assert.Empty(Problems(new ExplorerOptions { DataProtectionKeysPath = "" }));

    [Theory]
    [InlineData("   ")]
    [InlineData("keys\0")]
    public void AKeysPathThatIsNoPathIsRefused(string path) =>
        Assert.Contains(Problems(new ExplorerOptions { DataProtectionKeysPath = path }), p => p.Contains("Explorer:DataProtectionKeysPath", StringComparison.Ordinal));

    [Fact]
    public void AProxyThatIsNoAddressIsRefused() =>
        Assert.Contains(Problems(new ExplorerOptions { ForwardedHeaders = { KnownProxies = ["nginx.internal"] } }),
            p => p.Contains("KnownProxies: 'nginx.internal'", StringComparison.Ordinal));

    [Theory]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.0/33")]
    [InlineData("loopback")]
    public void ANetworkThatIsNoCidrIsRefused(string network) =>
        Assert.Contains(Problems(new ExplorerOptions { ForwardedHeaders = { KnownNetworks = [network] } }),
            p => p.Contains($"KnownNetworks: '{network}'", StringComparison.Ordinal));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(301)]
    public void AShutdownTimeoutOutsideZeroToFiveMinutesIsRefused(int seconds) =>
        Assert.Contains(Problems(new ExplorerOptions { ShutdownTimeout = TimeSpan.FromSeconds(seconds) }),
            p => p.Contains("Explorer:ShutdownTimeout", StringComparison.Ordinal));

    [Theory]
    [InlineData(0, 2, "Explorer:WarmUp:Timeout")]
    [InlineData(601, 2, "Explorer:WarmUp:Timeout")]
    [InlineData(60, 0, "Explorer:WarmUp: The field Concurrency")]
    [InlineData(60, 17, "Explorer:WarmUp: The field Concurrency")]
    public void AWarmUpWithoutABoundOrWithoutAnyRequestAtOnceIsRefused(int seconds, int concurrency, string problem) =>
        Assert.Contains(Problems(new ExplorerOptions { WarmUp = { Timeout = TimeSpan.FromSeconds(seconds), Concurrency = concurrency } }),
            p => p.Contains(problem, StringComparison.Ordinal));

    private static List<string> Problems(ExplorerOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
