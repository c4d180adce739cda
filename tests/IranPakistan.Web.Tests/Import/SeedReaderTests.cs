using System.Text;
using IranPakistan.Web.Import;
using IranPakistan.Web.Tests.TestSupport;

namespace IranPakistan.Web.Tests.Import;

public class SeedReaderTests
{
    [Fact]
    public void ValidFolderIsReadWithoutErrors()
    {
        using var folder = SeedFolder.CreateValid();
        var errors = new List<SeedError>();

        var seeds = SeedReader.Read(folder.Path, errors);

        Assert.Empty(errors);
        Assert.Equal(SeedFolder.SourceFile, Assert.Single(seeds.Sources).File);
        Assert.Equal(
            ["actors.yaml", "agreements.yaml", "events.yaml", "figures.yaml", "places.yaml", "topics.yaml"],
            seeds.Files.Select(f => f.File));
    }

    [Fact]
    public void MalformedYamlIsReportedWithFileAndLine()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("places.yaml", "    country: Iran", "    country: [Iran");
        var errors = new List<SeedError>();

        SeedReader.Read(folder.Path, errors);

        var error = Assert.Single(errors);
        Assert.Equal("places.yaml", error.File);
        Assert.Equal(folder.LineOf("places.yaml", "country: [Iran"), error.Line);
        Assert.StartsWith($"places.yaml:{error.Line}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyIsReportedWithFileAndLine()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("actors.yaml", "    name: Balochistan Liberation Army", "    nmae: Balochistan Liberation Army");
        var errors = new List<SeedError>();

        SeedReader.Read(folder.Path, errors);

        var error = Assert.Single(errors);
        Assert.Equal("actors.yaml", error.File);
        Assert.Equal(folder.LineOf("actors.yaml", "nmae:"), error.Line);
        Assert.Contains("unknown key", error.Message, StringComparison.Ordinal);
        Assert.Contains("nmae", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTopLevelKeyIsReportedWithFileAndLine()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("places.yaml", "places:", "plaecs:");
        var errors = new List<SeedError>();

        SeedReader.Read(folder.Path, errors);

        var error = Assert.Single(errors);
        Assert.Equal("places.yaml", error.File);
        Assert.Equal(folder.LineOf("places.yaml", "plaecs:"), error.Line);
        Assert.Contains("plaecs", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actors.yaml", "actors:\n", "actors:\n  -\n", "empty actor item")]
    [InlineData("actors.yaml", "  - slug: bla", "  - ~\n  - slug: bla", "empty actor item")]
    [InlineData("actors.yaml", "    citations:\n      - quote: \"Pakistan retaliated two days later\"", "    citations:\n      -", "empty citation item")]
    [InlineData("topics.yaml", "overview:\n", "overview:\n      -\n", "empty claim item")]
    [InlineData("events.yaml", "    actors:\n", "    actors:\n      -\n", "empty event actor item")]
    public void EmptyListItemIsReportedWithFileAndLine(string file, string oldText, string newText, string message)
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace(file, oldText, newText);
        var emptyLine = Array.FindIndex(folder.Read(file).Split('\n'), l => l.Trim() is "-" or "- ~") + 1;

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.File);
        Assert.Equal(emptyLine, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SeedFolder.SourceFile)]
    [InlineData("actors.yaml")]
    public void SeedFileWithByteOrderMarkIsRead(string file)
    {
        using var folder = SeedFolder.CreateValid();
        File.WriteAllText(Path.Combine(folder.Path, file), folder.Read(file), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0xEF, File.ReadAllBytes(Path.Combine(folder.Path, file))[0]);

        var result = SeedCheck.Run(folder.Path);

        Assert.True(result.Errors.Count == 0, result.Report);
        Assert.Equal(2, result.Content!.Actors.Count);
        Assert.Equal(4, result.Content.Sources.Single().Paragraphs.Count);
    }

    [Fact]
    public void SeedObjectsRecordTheLineTheyStartOn()
    {
        using var folder = SeedFolder.CreateValid();
        var errors = new List<SeedError>();

        var seeds = SeedReader.Read(folder.Path, errors);

        var actors = seeds.Files.Single(f => f.File == "actors.yaml").Content.Actors!;
        Assert.Equal(folder.LineOf("actors.yaml", "slug: bla"), actors.Single(a => a.Slug == "bla").Line);
        var citation = Assert.Single(actors.Single(a => a.Slug == "bla").Citations!);
        Assert.Equal(folder.LineOf("actors.yaml", "strikes against the BLA"), citation.Line);
    }

    [Fact]
    public void ContentHashIsStableWhileNothingChanges()
    {
        using var folder = SeedFolder.CreateValid();

        var first = SeedReader.Read(folder.Path, []).ContentHash;
        var second = SeedReader.Read(folder.Path, []).ContentHash;

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void ContentHashChangesWhenAnyFileChanges()
    {
        using var folder = SeedFolder.CreateValid();
        var before = SeedReader.Read(folder.Path, []).ContentHash;

        folder.Replace("places.yaml", "latitude: 27.37", "latitude: 27.38");
        var edited = SeedReader.Read(folder.Path, []).ContentHash;
        folder.Write("more/extra.yaml", "actors: []");
        var added = SeedReader.Read(folder.Path, []).ContentHash;

        Assert.NotEqual(before, edited);
        Assert.NotEqual(edited, added);
    }

    [Fact]
    public void YamlInSubFoldersIsRead()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Write("more/actors-extra.yml", """
            actors:
              - slug: extra
            """);
        var errors = new List<SeedError>();

        var seeds = SeedReader.Read(folder.Path, errors);

        Assert.Empty(errors);
        Assert.Contains(seeds.Files, f => f.File == "more/actors-extra.yml" && f.Content.Actors!.Single().Slug == "extra");
    }

    [Fact]
    public void MissingSeedsFolderIsAnError()
    {
        var errors = new List<SeedError>();

        SeedReader.Read(Path.Combine(Path.GetTempPath(), "ipx-missing-" + Guid.NewGuid().ToString("N")), errors);

        Assert.Contains("does not exist", Assert.Single(errors).Message, StringComparison.Ordinal);
    }
}
