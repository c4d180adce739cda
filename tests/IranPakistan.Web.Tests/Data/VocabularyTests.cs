using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Dates;

namespace IranPakistan.Web.Tests.Data;

public class VocabularyTests
{
    [Fact]
    public void ActorKindsRoundTrip() => AssertRoundTrip<ActorKind>();

    [Fact]
    public void PlaceKindsRoundTrip() => AssertRoundTrip<PlaceKind>();

    [Fact]
    public void FigureUnitsRoundTrip() => AssertRoundTrip<FigureUnit>();

    [Fact]
    public void FigureQualifiersRoundTrip() => AssertRoundTrip<FigureQualifier>();

    [Fact]
    public void DatePrecisionsRoundTrip() => AssertRoundTrip<DatePrecision>();

    // The words docs/seed-format.md promises seed authors.
    [Fact]
    public void EnumsAreSpelledAsTheSeedFormatDocuments()
    {
        Assert.Equal(
            ["country", "person", "government-body", "international-organisation", "forum", "militant-group", "institution", "community"],
            Spellings<ActorKind>());
        Assert.Equal(["country", "province", "region", "city", "border-crossing", "port", "shrine"], Spellings<PlaceKind>());
        Assert.Equal(["usd", "count", "trucks-per-day", "goods-types-per-day", "people-per-year", "rank", "year"], Spellings<FigureUnit>());
        Assert.Equal(["exact", "approximate", "estimate", "target", "at-least", "range"], Spellings<FigureQualifier>());
        Assert.Equal(["day", "month", "year", "approximate", "relative", "undated"], Spellings<DatePrecision>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("spaceship")]
    [InlineData("Country")]
    [InlineData("COUNTRY")]
    [InlineData("country ")]
    [InlineData("governmentbody")]
    [InlineData("government_body")]
    [InlineData("government--body")]
    [InlineData("-country")]
    [InlineData("country-")]
    [InlineData("0")]
    [InlineData("-")]
    public void UnknownSpellingsAreNull(string? value)
    {
        Assert.Null(Vocabulary.FromKebab<ActorKind>(value));
        Assert.Null(Vocabulary.FromKebab<PlaceKind>(value));
    }

    [Fact]
    public void SpellingOfAnotherEnumIsNull()
    {
        Assert.Null(Vocabulary.FromKebab<ActorKind>("border-crossing"));
        Assert.Null(Vocabulary.FromKebab<FigureUnit>("at-least"));
        Assert.Null(Vocabulary.FromKebab<DatePrecision>("exact"));
    }

    private static List<string> Spellings<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(Vocabulary.ToKebab).ToList();

    private static void AssertRoundTrip<TEnum>() where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var kebab = Vocabulary.ToKebab(value);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", kebab);
            Assert.Equal(value, Vocabulary.FromKebab<TEnum>(kebab));
        }

        Assert.Equal(Enum.GetValues<TEnum>().Length, Spellings<TEnum>().Distinct().Count());
    }
}
