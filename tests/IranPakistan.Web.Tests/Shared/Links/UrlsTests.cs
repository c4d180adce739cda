using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Tests.Shared.Links;

/// <summary>
/// The URL contract, written out literally once: every other test may build its addresses with
/// <see cref="Urls"/>, because this one pins what <see cref="Urls"/> writes.
/// </summary>
public sealed class UrlsTests
{
    public static TheoryData<string, string> Addresses => new()
    {
        { Urls.Home, "/" },
        { Urls.Timeline, "/timeline" },
        { Urls.Agreements, "/agreements" },
        { Urls.Actors, "/actors" },
        { Urls.ActorGraph, "/actors/graph" },
        { Urls.Places, "/places" },
        { Urls.Map, "/map" },
        { Urls.Figures, "/figures" },
        { Urls.Sources, "/sources" },
        { Urls.Changes, "/changes" },
        { Urls.Topic("soft-power"), "/topics/soft-power" },
        { Urls.Event("iran-strike"), "/events/iran-strike" },
        { Urls.Episode("january-2024-strikes"), "/episodes/january-2024-strikes" },
        { Urls.ApiEpisodes, "/api/episodes" },
        { Urls.ApiEpisode("january-2024-strikes"), "/api/episodes/january-2024-strikes" },
        { Urls.ApiEvent("iran-strike"), "/api/events/iran-strike" },
        { Urls.ApiAgreement("joint-film-production-mou"), "/api/agreements/joint-film-production-mou" },
        { Urls.Agreement("joint-film-production-mou"), "/agreements/joint-film-production-mou" },
        { Urls.Actor("iran"), "/actors/iran" },
        { Urls.Place("taftan"), "/places/taftan" },
        { Urls.Source("iran-pakistan-relations"), "/sources/iran-pakistan-relations" },
        { Urls.Paragraph("src", 12), "/sources/src#p-12" },
        { Urls.Quote("src", 15, "Three border points", "most cost-effective route"), "/sources/src?quote=Three%20border%20points&quote=most%20cost-effective%20route#p-15" },
        { Urls.Quote("src", 3), "/sources/src#p-3" },
        { Urls.Search(), "/search" },
        { Urls.Search(""), "/search?q=" },
        { Urls.Search("gas & oil"), "/search?q=gas%20%26%20oil" },
        { Urls.Search("gas", "place"), "/search?q=gas&kind=place" },
        { Urls.MapPlace("taftan"), "/map?place=taftan" },
        { Urls.MapFocus("border"), "/map?focus=border" },
        { Urls.TimelineOf("actor", "iran"), "/timeline?actor=iran" },
        { Urls.TimelineEntry("iran-strike"), "/timeline#event-iran-strike" },
        { Urls.AgreementsOf("topic", "trade"), "/agreements?topic=trade" },
        { Urls.ActorGraphOf("iran"), "/actors/graph?actor=iran" },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void EachAddressIsWrittenAsTheContractSays(string written, string expected) => Assert.Equal(expected, written);

    [Fact]
    public void SlugsAreEscapedAsOnePathSegment() =>
        Assert.Equal("/events/a%2Fb%3Fc%23d", Urls.Event("a/b?c#d"));

    [Fact]
    public void AQueryLeavesOutKeysWithoutAValueAndEscapesTheRest() =>
        Assert.Equal("/agreements?q=pipe%2A%20%28gas%29&party=a%26b",
            UrlQuery.Append("/agreements", ("q", "pipe* (gas)"), ("kind", null), ("status", ""), ("topic", " "), ("party", "a&b")));

    [Fact]
    public void AQueryWithNoValuesIsThePathAlone() =>
        Assert.Equal("/timeline", UrlQuery.Append("/timeline", ("topic", null)));

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" ", " ")]
    [InlineData("strike", "strike")]
    public void AnEmptyValueIsNoFilter(string? raw, string? expected) => Assert.Equal(expected, UrlQuery.Value(raw));
}
