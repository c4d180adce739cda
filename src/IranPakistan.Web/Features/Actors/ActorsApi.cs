using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Notes;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Actors;

/// <summary>/api/actors and /api/actors/{slug}: the actors as JSON, from the same queries as the pages.</summary>
public static class ActorsApi
{
    public sealed record ActorSummaryDto(string Slug, string Name, string Kind, string Description, string Url);

    public sealed record ActorDto(string Slug, string Name, string Kind, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<CitationDto> Citations, IReadOnlyList<string> Topics, IReadOnlyList<string> Events, IReadOnlyList<string> Agreements)
    {
        /// <summary>Editor's notes about the actor or the sentences its quotes come from (never part of the facts).</summary>
        public IReadOnlyList<NoteDto> Notes { get; init; } = [];
    }

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/actors", async (ActorQueries queries, CancellationToken ct) =>
            (await queries.ListAsync(ct)).Select(a => new ActorSummaryDto(a.Slug, a.Name, Vocabulary.ToKebab(a.Kind), a.Description, Urls.Actor(a.Slug))));

        api.MapGet("/actors/{slug}", async (string slug, ActorQueries queries, NoteIndex noteIndex, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new ActorDto(
                    m.Actor.Slug, m.Actor.Name, Vocabulary.ToKebab(m.Actor.Kind), m.Actor.Aliases, m.Actor.Description,
                    ToDto(m.Citations), m.Topics.Select(t => t.Slug).ToList(),
                    m.Events.Select(e => e.Event.Slug).ToList(), m.Agreements.Select(a => a.Slug).ToList())
                {
                    Notes = ToDto((await noteIndex.GetAsync(ct)).For("actor", m.Actor.Slug, m.Citations)),
                })
                : NotFound("actor", slug));

        return api;
    }
}
