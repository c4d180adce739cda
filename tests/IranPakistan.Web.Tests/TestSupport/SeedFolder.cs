namespace IranPakistan.Web.Tests.TestSupport;

/// <summary>
/// A minimal valid seeds folder in a temporary directory: one source and one YAML file per kind
/// of content. Tests mutate single files (<see cref="Replace"/>) to produce the errors they check.
/// </summary>
public sealed class SeedFolder : IDisposable
{
    public const string SourceSlug = "test-source";
    public const string SourceFile = "sources/test-source.md";
    public const string Nbsp = "\u00A0";

    /// <summary>Paragraph 3 of the source: it has a no-break space and a typographic apostrophe.</summary>
    public const string TradeParagraph =
        "During Raisi’s visit both sides signed eight agreements, committing to raise bilateral trade to $10" + Nbsp + "billion in the coming years.";

    /// <summary>Words that occur in two paragraphs of the source (2 and 4).</summary>
    public const string RepeatedPhrase = "Both sides emphasized dialogue over escalation";

    public static readonly string SourceMarkdown = $"""
        ---
        slug: {SourceSlug}
        title: "A Test Source"
        subtitle: "Written for the tests"
        author: null
        opening_section: Opening
        note: "Not a real article."
        ---

        Iran and Pakistan had a challenging start to the year. On January 16, Iran launched a missile strike targeting two Jaish al-Adl bases in Pakistan’s Baluchistan province.

        Pakistan retaliated two days later with strikes against the BLA in Saravan, Iran. {RepeatedPhrase}.

        ## Iran’s Soft Power

        {TradeParagraph}

        Iran’s cultural ties with Pakistan run deep. {RepeatedPhrase} once more.

        """;

    public const string TopicsYaml = """
        default_source: test-source
        topics:
          - slug: security
            title: Security
            summary: Cross-border strikes and how both sides calmed them.
            order: 1
            sections: [opening, irans-soft-power]
            overview:
              - text: Iran struck militant bases inside Pakistan in January.
                citations:
                  - quote: "Iran launched a missile strike targeting two Jaish al-Adl bases"
        """;

    public const string ActorsYaml = """
        default_source: test-source
        actors:
          - slug: pakistan
            name: Pakistan
            kind: country
            aliases: [Islamic Republic of Pakistan, Islamabad]
            description: The country that answered the January strike.
            citations:
              - quote: "Pakistan retaliated two days later"
          - slug: bla
            name: Balochistan Liberation Army
            kind: militant-group
            aliases: [BLA]
            description: A militant group Pakistan struck inside Iran.
            citations:
              - quote: "strikes against the BLA in Saravan"
        """;

    public const string PlacesYaml = """
        default_source: test-source
        places:
          - slug: saravan
            name: Saravan
            kind: city
            country: Iran
            latitude: 27.37
            longitude: 62.33
            aliases: [Sarawan]
            description: A town in Iran that Pakistan's strikes hit.
            citations:
              - quote: "in Saravan, Iran"
        """;

    public const string FiguresYaml = """
        default_source: test-source
        figures:
          - slug: trade-target
            label: Bilateral trade target
            value: 10000000000
            unit: usd
            qualifier: target
            topic: security
            key: true
            citations:
              - quote: "raise bilateral trade to $10 billion"
        """;

    /// <summary>Not written by <see cref="CreateValid"/>: tests of episodes add it (<see cref="AddEpisode"/>).</summary>
    public const string EpisodesYaml = """
        default_source: test-source
        episodes:
          - slug: january-2024-strikes
            title: January 2024 strikes
            description: Iran's strike and Pakistan's answer two days later.
            citations:
              - quote: "Pakistan retaliated two days later"
        """;

    public const string EventsYaml = """
        default_source: test-source
        events:
          - slug: pakistan-strikes-saravan
            title: Pakistan strikes militants in Saravan
            summary: Pakistan answered Iran's strike with strikes of its own.
            date: 2024-01-18
            precision: day
            kind: strike
            actors:
              - actor: pakistan
                role: attacker
              - actor: bla
                role: target
            places: [saravan]
            topics: [security]
            citations:
              - quote: "Pakistan retaliated two days later with strikes against the BLA"
        """;

    public const string AgreementsYaml = """
        default_source: test-source
        agreements:
          - slug: trade-target
            title: Target to raise bilateral trade
            summary: Both sides committed to more trade.
            kind: target
            status: agreed
            date: 2024-04
            precision: month
            event: pakistan-strikes-saravan
            parties: [pakistan]
            topics: [security]
            citations:
              - quote: "committing to raise bilateral trade"
        """;

    private SeedFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>A fresh, valid seeds folder.</summary>
    public static SeedFolder CreateValid()
    {
        var folder = new SeedFolder(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ipx-seeds-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder.Path);
        folder.Write(SourceFile, SourceMarkdown);
        folder.Write("topics.yaml", TopicsYaml);
        folder.Write("actors.yaml", ActorsYaml);
        folder.Write("places.yaml", PlacesYaml);
        folder.Write("figures.yaml", FiguresYaml);
        folder.Write("events.yaml", EventsYaml);
        folder.Write("agreements.yaml", AgreementsYaml);
        return folder;
    }

    /// <summary>Writes episodes.yaml and puts the event in its episode.</summary>
    public void AddEpisode()
    {
        Write("episodes.yaml", EpisodesYaml);
        Replace("events.yaml", "    kind: strike\n", "    kind: strike\n    episode: january-2024-strikes\n");
    }

    public void Write(string file, string content)
    {
        var full = FullPath(file);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content.EndsWith('\n') ? content : content + "\n");
    }

    public string Read(string file) => File.ReadAllText(FullPath(file));

    /// <summary>Replaces text that must occur exactly once, so a drifting fixture fails loudly.</summary>
    public void Replace(string file, string oldText, string newText)
    {
        var content = Read(file);
        var first = content.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0 || content.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{oldText}' does not occur exactly once in {file}");
        }

        File.WriteAllText(FullPath(file), content.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>The 1-based line of the only line of <paramref name="file"/> that contains <paramref name="text"/>.</summary>
    public int LineOf(string file, string text)
    {
        var lines = Read(file).Split('\n');
        var hits = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        return hits.Count == 1
            ? hits[0] + 1
            : throw new InvalidOperationException($"'{text}' is on {hits.Count} lines of {file}, expected one");
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private string FullPath(string file) => System.IO.Path.Combine(Path, file);
}
