using System.Globalization;
using IranPakistan.Web.Shared.Formatting;

namespace IranPakistan.Web.Tests.Shared.Formatting;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(12.0, 1, "12")]
    [InlineData(12.34, 1, "12.3")]
    [InlineData(-0.04, 1, "-0")]
    [InlineData(0.1234, 3, "0.123")]
    [InlineData(315.05, 1, "315.1")]
    [InlineData(1234567.8, 1, "1234567.8")]
    public void SvgNumbersHaveAPointNoGroupingAndNoTrailingZeros(double value, int decimals, string expected) =>
        Assert.Equal(expected, Formats.Svg(value, decimals));

    [Fact]
    public void SvgNumbersIgnoreTheServersCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("12.5", Formats.Svg(12.5));
            Assert.Equal("33.33%", Formats.SvgPercent(100 / 3.0));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void ProseIsBritishEnglish()
    {
        Assert.Equal("1,250.5", Formats.Text(1250.5m, "#,0.##"));
        Assert.Equal("September 2024", Formats.Text(new DateTime(2024, 9, 1, 0, 0, 0, DateTimeKind.Unspecified), "MMMM yyyy"));
    }

    [Theory]
    [InlineData(0, false, "$0")]
    [InlineData(25000, false, "$25,000")]
    [InlineData(600_000_000, false, "$600 million")]
    [InlineData(1_700_000_000, false, "$1.7 billion")]
    [InlineData(1_700_000_000, true, "$1.7bn")]
    [InlineData(250_000_000, true, "$250m")]
    public void DollarsSayTheirScaleInWordsOrForAnAxisInShort(decimal value, bool abbreviated, string expected) =>
        Assert.Equal(expected, FigureFormatter.Usd(value, abbreviated));
}
