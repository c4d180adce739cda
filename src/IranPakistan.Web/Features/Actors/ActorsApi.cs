using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Notes;
using IranPakistan.Web.Shared.Text;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Actors;

/// <summary>/api/actors and /api/actors/{slug}: the actors as JSON or CSV, from the same queries as the pages.</summary>
public static class ActorsApi
{
    /// <summary>One row of the list (and of its CSV): <c>nameFa</c>, <c>nameUr</c> the name in Persian and Urdu script, null where none.</summary>
    public sealed record ActorSummaryDto(string Slug, string Name, string? NameFa, string? NameUr, string Kind, string Description, string Url);

    /// <summary>One actor; <c>nativeNames</c>: its names in Persian and Urdu script, each with its language tag.</summary>
    public sealed record ActorDto(string Slug, string Name, IReadOnlyList<NativeName> NativeNames, string Kind, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<CitationDto> Citations, IReadOnlyList<string> Topics, IReadOnlyList<string> Events, IReadOnlyList<string> Agreements, string Url)
    {
        /// <summary>Editor's notes about the actor or the sentences its quotes come from (never part of the facts).</summary>
        public IReadOnlyList<NoteDto> Notes { get; init; } = [];
    }

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/actors", async (int? page, int? pageSize, string? format, ActorQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
            CheckList(page, pageSize, format, out var paging) ?? List(
                await AllAsync(queries, site, ct),
                paging, format, context, "actors", a => a))
            .ListOf<ListDto<ActorSummaryDto>>("listActors", "Every actor the source names: people, governments, organisations, groups (by kind, then name)");

        api.MapGet("/actors/{slug}", async (string slug, ActorQueries queries, NoteIndex noteIndex, SiteAddress site, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new ActorDto(
                    m.Actor.Slug, m.Actor.Name, NativeNames.Of(m.Actor.NameFa, m.Actor.NameUr), Vocabulary.ToKebab(m.Actor.Kind), m.Actor.Aliases, m.Actor.Description,
                    ToDto(m.Citations, site), m.Topics.Select(t => t.Slug).ToList(),
                    m.Events.Select(e => e.Event.Slug).ToList(), m.Agreements.Select(a => a.Slug).ToList(), site.Absolute(Urls.Actor(m.Actor.Slug)))
                {
                    Notes = ToDto((await noteIndex.GetAsync(ct)).For("actor", m.Actor.Slug, m.Citations), site),
                })
                : NotFound("actor", slug))
            .ItemOf<ActorDto>("getActor", "One actor with aliases, citations and what mentions it");

        return api;
    }

    /// <summary>Every actor, in the list's order.</summary>
    public static async Task<List<ActorSummaryDto>> AllAsync(ActorQueries queries, SiteAddress site, CancellationToken ct) =>
        (await queries.ListAsync(ct)).Select(a => new ActorSummaryDto(a.Slug, a.Name, a.NameFa, a.NameUr, Vocabulary.ToKebab(a.Kind), a.Description, site.Absolute(Urls.Actor(a.Slug)))).ToList();
}
