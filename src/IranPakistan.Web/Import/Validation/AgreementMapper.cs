using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>An agreement seed → its <see cref="Agreement"/>: kind, status, an optional date and event, parties, topics.</summary>
internal static class AgreementMapper
{
    public static void Map(FileContext file, AgreementSeed seed)
    {
        if (seed.Slug is null || !file.Run.AgreementSlugs.Contains(seed.Slug))
        {
            return;
        }

        var date = file.Date(seed, required: false);
        var agreement = new Agreement
        {
            Slug = seed.Slug,
            Title = file.Required(seed, seed.Title, "title"),
            Summary = file.Required(seed, seed.Summary, "summary"),
            Kind = file.OneOf(seed, seed.Kind, "kind", Vocabulary.AgreementKinds),
            Status = file.OneOf(seed, seed.Status, "status", Vocabulary.AgreementStatuses),
            Event = seed.Event is null ? null : file.Reference(seed, file.Run.Events, seed.Event, "event"),
        };
        agreement.Parties.AddRange(file.References(seed, file.Run.Actors, seed.Parties, "actor"));
        agreement.Topics.AddRange(file.References(seed, file.Run.Topics, seed.Topics, "topic"));
        agreement.Citations.AddRange(file.Citations(seed, seed.Citations, $"agreement '{seed.Slug}'"));
        if (seed.StatusQuote is { } words)
        {
            // The status must rest on the source's words: they must be part of a quote the import verified.
            if (!(seed.Citations ?? []).Any(c => c.Quote?.Contains(words, StringComparison.Ordinal) == true))
            {
                file.Error(seed.Line, $"agreement '{seed.Slug}': status_quote '{words}' is not part of any of its citations' quotes");
            }

            agreement.StatusQuote = words;
        }

        if (date is not null)
        {
            file.Run.PendingAgreementDates.Add((agreement, new PendingDate(file, seed, date, 0)));
        }

        file.Run.Content.Agreements.Add(agreement);
    }
}
