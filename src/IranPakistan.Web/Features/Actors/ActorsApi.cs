using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Actors;

/// <summary>/api/actors and /api/actors/{slug}: the actors as JSON or CSV, from the same queries as the pages.</summary>
public static class ActorsApi
{
    public sealed record ActorSummaryDto(string Slug, string Name, string Kind, string Description, string Url);

    public sealed record ActorDto(string Slug, string Name, string Kind, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<CitationDto> Citations, IReadOnlyList<string> Topics, IReadOnlyList<string> Events, IReadOnlyList<string> Agreements, string Url);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/actors", async (int? page, int? pageSize, string? format, ActorQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
            CheckList(page, pageSize, format, out var paging) ?? List(
                (await queries.ListAsync(ct)).Select(a => new ActorSummaryDto(a.Slug, a.Name, Vocabulary.ToKebab(a.Kind), a.Description, site.Absolute(Urls.Actor(a.Slug)))).ToList(),
                paging, format, context, "actors.csv", a => a))
            .ListOf<ListDto<ActorSummaryDto>>("listActors", "Every actor the source names: people, governments, organisations, groups (by kind, then name)");

        api.MapGet("/actors/{slug}", async (string slug, ActorQueries queries, SiteAddress site, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new ActorDto(
                    m.Actor.Slug, m.Actor.Name, Vocabulary.ToKebab(m.Actor.Kind), m.Actor.Aliases, m.Actor.Description,
                    ToDto(m.Citations, site), m.Topics.Select(t => t.Slug).ToList(),
                    m.Events.Select(e => e.Event.Slug).ToList(), m.Agreements.Select(a => a.Slug).ToList(), site.Absolute(Urls.Actor(m.Actor.Slug))))
                : NotFound("actor", slug))
            .ItemOf<ActorDto>("getActor", "One actor with aliases, citations and what mentions it");

        return api;
    }
}
