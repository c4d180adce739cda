using AngleSharp;
using AngleSharp.Dom;

namespace IranPakistan.Testing;

/// <summary>Parses served HTML so tests assert on elements and text, not on encoding details.</summary>
public static class Html
{
    private static readonly IBrowsingContext _context = BrowsingContext.New(Configuration.Default);

    public static Task<IDocument> ParseAsync(string html) => _context.OpenAsync(request => request.Content(html));
}
