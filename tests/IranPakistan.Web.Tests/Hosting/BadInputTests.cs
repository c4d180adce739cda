using System.Net;
using System.Text.Json;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>
/// Issue 15: bad input gets a clear problem answer that quotes the reader's value back bounded, with
/// control and bidirectional characters neutralised, and — in JSON as in HTML — never as live markup.
/// </summary>
public sealed class BadInputTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    private const string Script = "<script>alert(1)</script>";

    [Theory]
    [InlineData("/api/events?from=" + Script, "from", "is not a date")]
    [InlineData("/api/events?kind=" + Script, "kind", "There is no kind")]
    public async Task TheEventsApiSaysWhatIsWrongWithoutLiveMarkup(string url, string key, string says)
    {
        using var response = await factory.Client.GetAsync(url.Replace("<", "%3C").Replace(">", "%3E"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(">", raw, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(raw);
        var message = json.RootElement.GetProperty("errors").GetProperty(key)[0].GetString()!;
        Assert.Contains(says, message, StringComparison.Ordinal);
        // The value is still recognisable to the reader once the JSON is read.
        Assert.Contains("<script>", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongOrDisguisedValueIsQuotedBackBoundedAndNeutralised()
    {
        var value = "\u202Eevil" + new string('x', 3000);

        using var response = await factory.Client.GetAsync("/api/agreements?status=" + Uri.EscapeDataString(value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(raw.Length < 1000, $"{raw.Length} characters");
        using var json = JsonDocument.Parse(raw);
        var detail = json.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("“\uFFFDevil" + new string('x', Echo.MaxLength - 5) + "…”", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownSlugIsNamedBoundedInTheNotFoundAnswer()
    {
        using var response = await factory.Client.GetAsync("/api/events/" + new string('a', 500));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("No event '" + new string('a', Echo.MaxLength) + "…'", json.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/map?focus=")]
    [InlineData("/actors/graph?type=")]
    [InlineData("/search?q=iran&kind=")]
    public async Task PagesQuoteBadValuesBackEncodedAndBounded(string url)
    {
        var value = Script + new string('y', 200);

        var html = await factory.Client.GetStringAsync(url + Uri.EscapeDataString(value));

        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        var page = await Html.ParseAsync(html);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal));
        var text = page.Body!.TextContent;
        Assert.Contains(Script + new string('y', Echo.MaxLength - Script.Length) + "…", text, StringComparison.Ordinal);
        // Cut where the echo ends (the print footer's address carries the whole query, percent-encoded).
        Assert.DoesNotContain(Script + new string('y', Echo.MaxLength - Script.Length + 1), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("short", "short")]
    [InlineData("a\u0000b\u200Bc\u202Ed", "a\uFFFDb\uFFFDc\uFFFDd")]
    [InlineData("😀 ok", "😀 ok")]
    public void EchoReplacesControlAndFormatCharacters(string value, string shown) => Assert.Equal(shown, Echo.Of(value));

    [Fact]
    public void EchoReplacesALoneSurrogate()
    {
        // Built here, not in [InlineData]: the test runner cannot carry a lone surrogate in a theory's data.
        var lone = new string([(char)0xD800, 'x']);

        Assert.Equal("\uFFFDx", Echo.Of(lone));
    }

    [Fact]
    public void EchoCutsAtItsLengthAndSaysSo()
    {
        Assert.Equal(new string('z', Echo.MaxLength), Echo.Of(new string('z', Echo.MaxLength)));
        Assert.Equal(new string('z', Echo.MaxLength) + "…", Echo.Of(new string('z', Echo.MaxLength + 1)));
    }
}
