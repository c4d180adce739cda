using System.Diagnostics;
using IranPakistan.Web.Shared.FullText;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;

/// <summary>
/// The engine comparison of issue 13: a Lucene.NET 4.8 prototype of /search over the same documents as the
/// FTS5 index (read from its content table), with Lucene's own stemming (Porter), fuzzy queries for typos,
/// prefix queries for the unfinished last word, and the synonyms and aliases the import already put in each
/// document's aliases column. Only in the benchmark: the app does not use it (docs/search.md#engine).
/// </summary>
internal sealed class LuceneProto : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly (string Field, float Weight)[] _fields = [("title", 10f), ("body", 1f), ("aliases", 4f)];
    private static readonly string[] _kinds = ["topic", "event", "agreement", "actor", "place", "paragraph"];

    // The same words left out of a question as SearchPlan leaves out.
    private static readonly HashSet<string> _stopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "is", "are",
        "was", "were", "be", "been", "do", "does", "did", "what", "when", "where", "who", "whom", "why", "how",
        "which", "that", "this", "there", "their", "its", "it", "as", "about", "between", "much", "many", "into",
    };

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _stemmer = Analyzers(stem: true);
    private readonly Dictionary<string, List<string>> _acronyms;
    private readonly Dictionary<string, Filter> _filters = _kinds.ToDictionary(k => k, Filter (k) => new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term("kind", k)))));

    private LuceneProto(string path, Dictionary<string, List<string>> acronyms)
    {
        _directory = FSDirectory.Open(path);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _acronyms = acronyms;
    }

    public long IndexBytes => new DirectoryInfo(_directory.Directory.FullName).EnumerateFiles().Sum(f => f.Length);

    /// <summary>Indexes every document of the FTS5 database at <paramref name="db"/> into a new index at <paramref name="path"/>.</summary>
    public static (LuceneProto Index, TimeSpan Took) Build(string db, string path)
    {
        var sw = Stopwatch.StartNew();
        System.IO.Directory.CreateDirectory(path);
        var analyzer = new PerFieldAnalyzerWrapper(Analyzers(stem: false), _fields.ToDictionary(f => f.Field + "_s", _ => Analyzers(stem: true)));
        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 }))
        using (var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, c0, c1, c2, c4, c5, c6 FROM SearchIndex_content ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var kind = reader.GetString(1);
                var doc = new Document
                {
                    new StringField("kind", kind, Field.Store.YES),
                    new StoredField("key", kind == "paragraph" ? $"paragraph:{reader.GetString(3)}" : $"{kind}:{reader.GetString(2)}"),
                };
                var texts = new[] { reader.GetString(4), reader.GetString(5), reader.GetString(6) };
                // Paragraphs are the evidence, items the answers (as ParagraphWeight on the FTS5 side).
                var boost = kind == "paragraph" ? 0.6f : 1f;
                for (var i = 0; i < _fields.Length; i++)
                {
                    doc.Add(new TextField(_fields[i].Field, texts[i], Field.Store.NO) { Boost = boost });
                    doc.Add(new TextField(_fields[i].Field + "_s", texts[i], Field.Store.NO) { Boost = boost });
                }

                // An item named exactly what was searched for goes first: its folded name(s) as keywords.
                doc.Add(new StringField("name", TextFolding.Key(texts[0]), Field.Store.NO));
                if (kind is "actor" or "place")
                {
                    foreach (var alias in texts[2].Split(" · "))
                    {
                        doc.Add(new StringField("name", TextFolding.Key(alias), Field.Store.NO));
                    }
                }

                writer.AddDocument(doc);
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        var acronyms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT acronym, expansion FROM SearchAcronym";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                (acronyms.TryGetValue(reader.GetString(0), out var list) ? list : acronyms[reader.GetString(0)] = []).Add(reader.GetString(1));
            }
        }

        return (new LuceneProto(path, acronyms), sw.Elapsed);
    }

    // Standard tokenizer, lower case, diacritics folded (as unicode61 remove_diacritics 2); the stemmed
    // fields add the English possessive filter and Porter's stemmer.
    private static Analyzer Analyzers(bool stem) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        if (stem)
        {
            stream = new EnglishPossessiveFilter(Version, stream);
            stream = new PorterStemFilter(stream);
        }

        return new TokenStreamComponents(source, stream);
    });

    private static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    /// <summary>The query for what a reader typed; null when nothing is left to search.</summary>
    public Query? Parse(string input, bool anyWord = false)
    {
        var parsed = FtsQuery.Parse(input);
        if (parsed is null)
        {
            return null;
        }

        var terms = parsed.Terms.All(_stopWords.Contains) ? parsed.Terms : parsed.Terms.Where(t => !_stopWords.Contains(t)).ToList();
        var all = new BooleanQuery();
        for (var i = 0; i < terms.Count; i++)
        {
            var typed = terms[i];
            var word = new BooleanQuery();
            if (TextFolding.IsAcronym(typed) && _acronyms.TryGetValue(typed, out var expansions))
            {
                foreach (var (field, weight) in _fields)
                {
                    foreach (var expansion in expansions)
                    {
                        var phrase = new PhraseQuery { Boost = weight };
                        foreach (var t in TextFolding.Words(expansion))
                        {
                            phrase.Add(new Term(field, TextFolding.Fold(t)));
                        }

                        word.Add(phrase, Occur.SHOULD);
                    }
                }
            }
            else
            {
                var folded = TextFolding.Fold(typed);
                var last = i == terms.Count - 1 && folded.Length >= 2;
                var stem = Tokens(_stemmer, "body_s", folded).FirstOrDefault() ?? folded;
                var known = _fields.Any(f => _reader.DocFreq(new Term(f.Field, folded)) > 0 || _reader.DocFreq(new Term(f.Field + "_s", stem)) > 0);
                foreach (var (field, weight) in _fields)
                {
                    // The word as typed counts half as much again as its other forms (as on the FTS5 side).
                    word.Add(new TermQuery(new Term(field, folded)) { Boost = weight * 1.5f }, Occur.SHOULD);
                    word.Add(new TermQuery(new Term(field + "_s", stem)) { Boost = weight }, Occur.SHOULD);
                    if (last)
                    {
                        word.Add(new PrefixQuery(new Term(field, folded)) { Boost = weight }, Occur.SHOULD);
                    }

                    // A word the index doesn't hold: its near spellings, within one edit (two from six letters).
                    if (!known && folded.Length >= 4 && !folded.Any(char.IsDigit))
                    {
                        word.Add(new FuzzyQuery(new Term(field, folded), folded.Length >= 6 ? 2 : 1) { Boost = weight }, Occur.SHOULD);
                    }
                }
            }

            all.Add(word, anyWord ? Occur.SHOULD : Occur.MUST);
        }

        // Named exactly what was searched for: first.
        var named = new BooleanQuery { { all, Occur.MUST }, { new TermQuery(new Term("name", parsed.Key)) { Boost = 1000f }, Occur.SHOULD } };
        return named;
    }

    /// <summary>The ranked keys (kind:slug, paragraph:n) for the judged set: the best of any kind, as a reader meets them.</summary>
    public List<string> Rank(string input, int n = 20)
    {
        var query = Parse(input);
        if (query is null)
        {
            return [];
        }

        var top = _searcher.Search(query, n);
        if (top.TotalHits < 3 && Parse(input, anyWord: true) is { } any)
        {
            top = _searcher.Search(any, n);
        }

        return top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("key", System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
    }

    /// <summary>What /search does, for timing: the top <paramref name="perKind"/> of each kind with its exact count.</summary>
    public int SearchPage(string input, int perKind = 15)
    {
        var query = Parse(input);
        if (query is null)
        {
            return 0;
        }

        var total = 0;
        foreach (var kind in _kinds)
        {
            var top = _searcher.Search(query, _filters[kind], perKind);
            total += top.TotalHits;
            foreach (var d in top.ScoreDocs)
            {
                _searcher.Doc(d.Doc).Get("key", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _stemmer.Dispose();
    }
}
