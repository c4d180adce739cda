using Bunit;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Notes;
using IranPakistan.Web.Shared.Text;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.TestSupport;

/// <summary>A bUnit context with the services every explorer component may ask for.</summary>
public abstract class ExplorerTestContext : BunitContext
{
    /// <summary>The public address the components print absolute links with.</summary>
    public const string PublicBaseUrl = "https://explorer.example.org";

    protected ExplorerTestContext()
    {
        Services.AddSingleton(new SiteAddress(PublicBaseUrl));
        Services.AddSingleton<MarkdownRenderer>();
        Services.AddSingleton(NoteIndex.Of(new NoteSet([])));
    }
}
