using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Shared.Dates;
using Microsoft.AspNetCore.WebUtilities;

namespace IranPakistan.Web.Tests.Features.Timeline;

public sealed class TimelineFilterTests
{
    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2024-02-29", "2024-02-29", "2024-02-29")]
    [InlineData("9999-12-31", "9999-12-31", "9999-12-31")]
    public void DatesNameAYearAMonthOrADay(string text, string earliest, string latest)
    {
        Assert.True(PartialDate.TryParse(text, out var period));
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), period.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), period.Latest);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("abc")]
    [InlineData("24")]
    [InlineData("2024-1")]
    [InlineData("2024/01")]
    [InlineData("0000")]
    [InlineData("٢٠٢٤")]
    [InlineData("2024-01-16T00:00")]
    public void AnythingElseIsNotADate(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void ParsingTrimsValuesAndTreatsBlankAsAbsent()
    {
        var filter = TimelineFilter.Parse(" security ", "", "   ", null, "april-2024-visit", "2024", null);

        Assert.Equal(new TimelineFilter(Topic: "security", Episode: "april-2024-visit", From: "2024"), filter);
    }

    [Fact]
    public void UrlPrintsKeysInAFixedOrderAndEncodesValues()
    {
        var filter = new TimelineFilter(To: "2024-02", Topic: "security", Actor: "a&b c");

        Assert.Equal("/timeline?topic=security&actor=a%26b%20c&to=2024-02", filter.ToUri());
        Assert.Equal("/timeline", TimelineFilter.None.ToUri());
    }

    [Fact]
    public void AFilterSurvivesARoundTripThroughItsUrl()
    {
        var filter = new TimelineFilter("security", "iran", "saravan", "strike", "january-2024-strikes", "2024-01", "2024-01-31");

        var query = QueryHelpers.ParseQuery(new Uri("http://x" + filter.ToUri()).Query);

        Assert.Equal(filter, TimelineFilter.Parse(query));
    }

    [Fact]
    public void WithSetsOrRemovesOneValueAndKeepsTheOthers()
    {
        var filter = new TimelineFilter(Topic: "security", Kind: "strike");

        Assert.Equal(new TimelineFilter(Topic: "trade", Kind: "strike"), filter.With("topic", "trade"));
        Assert.Equal(new TimelineFilter(Kind: "strike"), filter.With("topic", null));
        Assert.Equal(new TimelineFilter(Kind: "strike"), filter.With("topic", " "));
    }

    [Theory]
    [InlineData("2025", "2024", "to")]
    [InlineData("2024-13", null, "from")]
    [InlineData(null, "abc", "to")]
    public void CheckNamesTheDateThatIsWrong(string? from, string? to, string key)
    {
        var problem = Assert.Single(new TimelineFilter(From: from, To: to).Check());

        Assert.Equal(key, problem.Key);
    }

    [Fact]
    public void TheSameYearForFromAndToIsFine() => Assert.Empty(new TimelineFilter(From: "2024", To: "2024").Check());
}
