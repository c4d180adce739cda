using System.Text.Json;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.App;

/// <summary>
/// Issue 12, "an editor's desk": the source's known problems and the public record's corrections are
/// shown, in our words and with their references, apart from the cited facts — and change none of them.
/// </summary>
public sealed class EditorsDeskTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task TheSourceReaderListsTheSourcesKnownProblems()
    {
        var page = await factory.GetPageAsync(Urls.Source("iran-pakistan-relations"));

        var desk = page.QuerySelector("aside.editor-notes")!;
        Assert.Contains("ends mid-sentence", desk.TextContent, StringComparison.Ordinal);
        Assert.Contains("names no author, publisher or date", desk.TextContent, StringComparison.Ordinal);
        Assert.Contains("significantinfluence", desk.TextContent, StringComparison.Ordinal);
        Assert.Contains("Shehbaz Sharif", desk.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANoteShowsApartFromTheFactsWithItsReferenceBesideEveryFactOnTheSameSentence()
    {
        // The actor the note is about, and an event whose facts cite the sentence that says "Nawaz".
        foreach (var url in new[] { Urls.Actor("prime-minister-nawaz"), Urls.Event("raisi-nawaz-peace-and-friendship-border") })
        {
            var page = await factory.GetPageAsync(url);
            var note = page.QuerySelector("aside.editor-notes #note-prime-minister-was-shehbaz-sharif");
            Assert.NotNull(note);
            Assert.StartsWith("Editor’s note", page.QuerySelector("#editor-notes-heading")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(note.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("https://jang.com.pk/", StringComparison.Ordinal));
            Assert.Contains("22 April 2024", note.TextContent, StringComparison.Ordinal);
            // Apart: not inside the cited facts.
            Assert.Null(page.QuerySelector(".citations #note-prime-minister-was-shehbaz-sharif"));
        }
    }

    [Theory]
    [InlineData("Shehbaz")]
    [InlineData("Sharif")]
    public async Task SearchingTheRightNameFindsTheNoteAndTheActorItConcerns(string q)
    {
        using var json = JsonDocument.Parse(await factory.Client.GetStringAsync($"/api/search?q={q}"));

        Assert.Contains(Urls.Actor("prime-minister-nawaz"), json.RootElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANoteNeverDatesAnEventOrFeedsAFilter()
    {
        // The public record dates the withdrawal to August 2021; the event stays undated and no 2021 filter finds it.
        var withdrawal = await factory.QueryAsync(db => db.Events.SingleAsync(e => e.Slug == "us-withdrawal-from-afghanistan"));
        Assert.Equal(DatePrecision.Undated, PartialDate.Of(withdrawal).Precision);
        Assert.DoesNotContain("us-withdrawal-from-afghanistan", await factory.Client.GetStringAsync("/api/events?from=2021&to=2021"), StringComparison.Ordinal);

        var page = await factory.GetPageAsync(Urls.Event("us-withdrawal-from-afghanistan"));
        Assert.Contains("30 August 2021", page.QuerySelector("aside.editor-notes")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("2021", page.QuerySelector(".event-page__date")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPublicRecordNoteHasAReferenceAndNamesAnItem()
    {
        var notes = await factory.QueryAsync(db => db.EditorNotes.Include(n => n.References).ToListAsync());

        Assert.True(notes.Count >= 9);
        Assert.All(notes.Where(n => n.Kind == "public-record"), n => Assert.NotEmpty(n.References));
        Assert.All(notes.SelectMany(n => n.References), r => Assert.True(r.Url is not null || r.Date is not null));
    }
}
