using IranPakistan.Web.Tests.TestSupport;

namespace IranPakistan.Web.Tests.Import.Validation;

/// <summary>Editor's notes are validated like everything else: a reference is required, a note names the item it annotates.</summary>
public sealed class NoteMapperTests
{
    private const string Note = """
        default_source: test-source
        notes:
          - slug: a-note
            kind: public-record
            event: pakistan-strikes-saravan
            text: Our words.
            references:
              - { title: A report, publisher: A paper, date: "2024-01-18", url: "https://example.org/report" }
        """;

    [Fact]
    public void AValidNoteIsImportedApartFromTheFacts()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Write("notes.yaml", Note);

        var result = SeedCheck.Run(folder.Path);

        Assert.True(result.Errors.Count == 0, result.Report);
        var note = Assert.Single(result.Content!.Notes);
        Assert.Equal(("event", "pakistan-strikes-saravan"), (note.SubjectKind, note.SubjectSlug));
        Assert.Equal("https://example.org/report", Assert.Single(note.References).Url);
    }

    [Theory]
    [InlineData("    references:\n      - { title: A report, publisher: A paper, date: \"2024-01-18\", url: \"https://example.org/report\" }", "", "needs 'references'")]
    [InlineData("publisher: A paper, ", "", "a reference needs a 'title', a 'publisher' and a 'date' or a 'url'")]
    [InlineData("    event: pakistan-strikes-saravan\n", "", "must name exactly one item it annotates")]
    [InlineData("event: pakistan-strikes-saravan", "event: no-such-event", "unknown event 'no-such-event'")]
    [InlineData("text: Our words.", "text: Our words.\n    quote: not in the source at all", "occurs in 0 paragraphs")]
    public void ABadNoteIsReported(string find, string replace, string message)
    {
        using var folder = SeedFolder.CreateValid();
        folder.Write("notes.yaml", Note.Replace(find, replace, StringComparison.Ordinal));

        var result = SeedCheck.Run(folder.Path);

        Assert.Contains(result.Errors, e => e.File == "notes.yaml" && e.Message.Contains(message, StringComparison.Ordinal));
    }
}
