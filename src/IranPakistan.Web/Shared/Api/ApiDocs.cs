using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IranPakistan.Web.Shared.Api;

/// <summary>Endpoint metadata: what a query parameter means and, when the set is fixed, its allowed values.</summary>
public sealed record ApiParameterDoc(string Name, string Description, IReadOnlyList<string>? AllowedValues = null);

/// <summary>How the API is described in /openapi/v1.json: parameter docs, paging and the problems every endpoint can answer.</summary>
public static class ApiDocs
{
    public const string DocumentName = "v1";
    public const string DocumentPath = Links.Urls.OpenApiDocument;

    /// <summary>Documents query parameters (read by <see cref="DescribeParameters"/>).</summary>
    public static RouteHandlerBuilder Parameters(this RouteHandlerBuilder builder, params ApiParameterDoc[] docs) =>
        builder.WithMetadata([.. docs]);

    /// <summary>A list endpoint: its item type, paging parameters and the 400 problem for bad values.</summary>
    public static RouteHandlerBuilder ListOf<TList>(this RouteHandlerBuilder builder, string name, string summary) =>
        builder.WithName(name).WithSummary(summary)
            .Produces<TList>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Parameters(
                new ApiParameterDoc("format", "json (default): one page in the list shape; csv: the whole filtered list as RFC 4180 CSV, one row per item, a header row.", JsonApi.Formats),
                new ApiParameterDoc("page", "Which page, counting from 1 (default 1)."),
                new ApiParameterDoc("pageSize", $"Items per page, 1 to {Paging.MaxPageSize} (default {Paging.DefaultPageSize})."));

    /// <summary>One item by slug: 200 with it, or a 404 problem.</summary>
    public static RouteHandlerBuilder ItemOf<TItem>(this RouteHandlerBuilder builder, string name, string summary) =>
        builder.WithName(name).WithSummary(summary)
            .Produces<TItem>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Parameters(new ApiParameterDoc("slug", "The item's slug, as in its page's address and in every list."));

    public static OpenApiOptions AddExplorerDocument(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Iran–Pakistan Relations Explorer API",
                Version = "1",
                Description = "The explorer's data as JSON (and CSV): every list is `{ items, total, page, pageSize, links }`, every fact carries citations to a source paragraph, every error is an RFC 9457 problem. Read-only; open to every origin (CORS) for GET and HEAD.",
                License = new OpenApiLicense { Name = "See the source's own licence; the explorer's summaries cite it paragraph by paragraph" },
            };
            // Not the request's Host: the document is the same bytes for everyone (static-first).
            document.Servers = [new OpenApiServer { Url = context.ApplicationServices.GetRequiredService<Links.SiteAddress>().Absolute("/") }];
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(DescribeParameters);
        return options;
    }

    private static Task DescribeParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var docs = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiParameterDoc>().ToList();
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is not OpenApiParameter p || docs.LastOrDefault(d => d.Name == p.Name) is not { } doc)
            {
                continue;
            }

            p.Description = doc.Description;
            if (doc.AllowedValues is { } values && p.Schema is OpenApiSchema schema)
            {
                schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
            }
        }

        return Task.CompletedTask;
    }
}
