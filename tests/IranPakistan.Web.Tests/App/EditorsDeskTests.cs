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

    private const string ShehbazNote = "prime-minister-was-shehbaz-sharif";

    [Fact]
    public async Task ATimelineCardOnAnAffectedSentenceCarriesTheNoteLinkedAndACardOnAnotherSentenceDoesNot()
    {
        var page = await factory.GetPageAsync(Urls.Timeline);

        // The event quoting "Both President Raisi and Prime Minister Nawaz …" rests on the affected sentence.
        var affected = page.QuerySelector($"#{Urls.TimelineEntryId("raisi-nawaz-peace-and-friendship-border")}")!;
        var mark = affected.QuerySelector($".note-mark[data-note='{ShehbazNote}']");
        Assert.NotNull(mark);
        Assert.StartsWith("Editor’s note:", mark.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Shehbaz Sharif", mark.TextContent, StringComparison.Ordinal);
        Assert.Equal(Urls.Actor("prime-minister-nawaz") + "#note-" + ShehbazNote, mark.QuerySelector("a")!.GetAttribute("href"));
        // Apart from the cited words: not inside the summary.
        Assert.Null(affected.QuerySelector(".event__summary .note-mark"));

        // Same paragraph, other sentence (Raisi's offer on terrorism): no note.
        var other = page.QuerySelector($"#{Urls.TimelineEntryId("raisi-offers-counter-terrorism-cooperation")}")!;
        Assert.Null(other.QuerySelector($".note-mark[data-note='{ShehbazNote}']"));

        // An event the note names itself: the U.S. withdrawal carries its date note.
        var withdrawal = page.QuerySelector($"#{Urls.TimelineEntryId("us-withdrawal-from-afghanistan")}")!;
        Assert.NotNull(withdrawal.QuerySelector(".note-mark[data-note='us-withdrawal-date']"));
    }

    [Fact]
    public async Task TopicClaimsOnAnAffectedSentenceCarryTheirNotes()
    {
        var page = await factory.GetPageAsync(Urls.Topic("security"));

        var claims = page.QuerySelectorAll(".claims > li").ToList();
        var nawaz = claims.Single(c => c.TextContent.Contains("Raisi and Prime Minister Nawaz agreed", StringComparison.Ordinal));
        Assert.NotNull(nawaz.QuerySelector($".note-mark[data-note='{ShehbazNote}']"));
        Assert.NotNull(nawaz.QuerySelector(".note-mark[data-note='source-prime-minister-nawaz']"));
        // The closing question rests on the sentence the text breaks off in.
        var closing = claims.Single(c => c.TextContent.Contains("closes on a question", StringComparison.Ordinal));
        Assert.Contains("Problem in the source:", closing.QuerySelector(".note-mark[data-note='source-ends-mid-sentence']")!.TextContent, StringComparison.Ordinal);
        // A claim on unaffected sentences has none.
        var strikes = claims.Single(c => c.TextContent.Contains("aimed at militant groups", StringComparison.Ordinal));
        Assert.Empty(strikes.QuerySelectorAll(".note-mark"));
    }

    [Fact]
    public async Task AgreementAndActorPagesShowTheNotesOfTheirSentencesOnlyNotOfTheirWholeParagraph()
    {
        var agreement = await factory.GetPageAsync(Urls.Agreement("people-to-people-connections"));
        Assert.NotNull(agreement.QuerySelector($"aside.editor-notes #note-{ShehbazNote}"));

        // Raisi's page quotes the paragraph's first sentence, not the one that says "Nawaz".
        var raisi = await factory.GetPageAsync(Urls.Actor("ebrahim-raisi"));
        Assert.Null(raisi.QuerySelector($"#note-{ShehbazNote}"));
    }

    [Fact]
    public async Task TheJsonOfEventsActorsAgreementsAndTopicClaimsCarriesTheNotes()
    {
        static IEnumerable<string> Slugs(JsonElement notes) => notes.EnumerateArray().Select(n => n.GetProperty("slug").GetString()!);

        using var actor = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/actors/prime-minister-nawaz"));
        var note = actor.RootElement.GetProperty("notes").EnumerateArray().Single(n => n.GetProperty("slug").GetString() == ShehbazNote);
        Assert.Equal("public-record", note.GetProperty("kind").GetString());
        Assert.Equal("Editor’s note", note.GetProperty("label").GetString());
        Assert.NotEmpty(note.GetProperty("references").EnumerateArray());

        using var events = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/events?pageSize=500"));
        var byEvent = events.RootElement.GetProperty("items").EnumerateArray().ToDictionary(e => e.GetProperty("slug").GetString()!, e => Slugs(e.GetProperty("notes")).ToList());
        Assert.Contains(ShehbazNote, byEvent["raisi-nawaz-peace-and-friendship-border"]);
        Assert.DoesNotContain(ShehbazNote, byEvent["raisi-offers-counter-terrorism-cooperation"]);
        Assert.Contains("us-withdrawal-date", byEvent["us-withdrawal-from-afghanistan"]);

        using var agreement = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/agreements/eight-agreements-and-mous-april-2024"));
        Assert.Contains("eight-accords-fields", Slugs(agreement.RootElement.GetProperty("notes")));

        using var topic = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/topics/security"));
        var claim = topic.RootElement.GetProperty("overview").EnumerateArray()
            .Single(c => c.GetProperty("text").GetString()!.Contains("Raisi and Prime Minister Nawaz agreed", StringComparison.Ordinal));
        Assert.Contains(ShehbazNote, Slugs(claim.GetProperty("notes")));
    }
}
