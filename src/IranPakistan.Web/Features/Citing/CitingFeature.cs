namespace IranPakistan.Web.Features.Citing;

/// <summary>
/// Citations as downloads and the page that cites one paragraph of a source. The formatting itself
/// lives in Shared.Citations (CitationFormatter), the one home every "Cite this" block uses too.
/// </summary>
public static class CitingFeature
{
    /// <summary>/cite/{kind}/{slug}.{ext} and /cite/sources/{slug}/{n}.{ext}.</summary>
    public static IEndpointRouteBuilder MapCiteDownloads(this IEndpointRouteBuilder endpoints) => CiteDownloads.Map(endpoints);
}
