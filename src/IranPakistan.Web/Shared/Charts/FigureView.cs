using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;

namespace IranPakistan.Web.Shared.Charts;

/// <summary>A figure with its citations, as the topic pages, the figures page and the charts show it.</summary>
public sealed record FigureView(Figure Figure, IReadOnlyList<CitationView> Citations);
