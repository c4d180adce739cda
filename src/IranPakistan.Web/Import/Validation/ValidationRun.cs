using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>
/// One run of the validator: the errors so far, every slug the first pass registered (so references
/// may point forwards and across files) and the content being built.
/// </summary>
internal sealed class ValidationRun(List<SeedError> errors)
{
    public ValidatedContent Content { get; } = new();
    public Dictionary<string, (Source Source, string File)> Sources { get; } = [];
    public Dictionary<string, Topic> Topics { get; } = [];
    public Dictionary<string, Actor> Actors { get; } = [];
    public Dictionary<string, Place> Places { get; } = [];
    public Dictionary<string, Episode> Episodes { get; } = [];
    public Dictionary<string, Event> Events { get; } = [];
    public Dictionary<string, Figure> Figures { get; } = [];
    public HashSet<string> ChartSlugs { get; } = [];
    public HashSet<string> AgreementSlugs { get; } = [];
    public HashSet<string> NoteSlugs { get; } = [];

    /// <summary>Every event's date as its seed gives it, in seed order, until <see cref="DateChecks.Resolve"/> bounds the relative ones.</summary>
    public Dictionary<Event, PendingDate> PendingEventDates { get; } = [];

    public List<(Agreement Agreement, PendingDate Date)> PendingAgreementDates { get; } = [];

    /// <summary>"from|to|type" of every tie so far (both ways round for undirected types), to catch a tie seeded twice.</summary>
    public Dictionary<string, (string File, int Line)> TieKeys { get; } = [];

    /// <summary>Every synonym term so far, folded, with where it was first given.</summary>
    public Dictionary<string, (string File, int Line)> SynonymTerms { get; } = [];

    /// <summary>Synonym groups that passed their own checks, waiting to be checked against the content (file, line, terms, folded terms).</summary>
    public List<(string File, int Line, List<string> Terms, List<string> Keys)> PendingSynonyms { get; } = [];

    public void Error(string file, int line, string message, bool unknownReference = false) =>
        errors.Add(new SeedError(file, line, message) { IsUnknownReference = unknownReference });
}

/// <summary>The file being checked: where its errors point and the source its citations default to.</summary>
internal sealed record FileContext(ValidationRun Run, string File, string? DefaultSource)
{
    public void Error(int line, string message, bool unknownReference = false) =>
        Run.Error(File, line, message, unknownReference);
}
