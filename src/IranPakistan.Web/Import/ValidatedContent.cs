using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import;

/// <summary>The seeds turned into entities, ready to write; only produced when there are no errors.</summary>
public sealed class ValidatedContent
{
    public List<Source> Sources { get; } = [];
    public List<Topic> Topics { get; } = [];
    public List<Actor> Actors { get; } = [];
    public List<Place> Places { get; } = [];
    public List<Figure> Figures { get; } = [];
    public List<Chart> Charts { get; } = [];
    public List<Episode> Episodes { get; } = [];
    public List<Event> Events { get; } = [];
    public List<Agreement> Agreements { get; } = [];
    public List<Tie> Ties { get; } = [];
    public List<EditorNote> Notes { get; } = [];

    /// <summary>Groups of words and phrases search treats as one (seeds/synonyms.yaml); not stored as entities, only in the index.</summary>
    public List<IReadOnlyList<string>> Synonyms { get; } = [];

    /// <summary>Old slugs and where they now point (seeds/redirects.yaml).</summary>
    public List<Redirect> Redirects { get; } = [];
}
