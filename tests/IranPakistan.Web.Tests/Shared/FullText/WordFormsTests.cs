using IranPakistan.Web.Shared.FullText;

namespace IranPakistan.Web.Tests.Shared.FullText;

public sealed class WordFormsTests
{
    [Theory]
    [InlineData("pipelines", "pipeline")]
    [InlineData("strikes", "strike")]
    [InlineData("struck", "strike")]
    [InlineData("striking", "strike")]
    [InlineData("pilgrims", "pilgrimage")]
    [InlineData("agreements", "agreed")]
    [InlineData("agreement", "agree")]
    [InlineData("designated", "designation")]
    [InlineData("condemned", "condemnation")]
    [InlineData("iranian", "iran")]
    [InlineData("pakistanis", "pakistan")]
    [InlineData("stopped", "stop")]
    [InlineData("countries", "country")]
    public void FormsOfOneWordShareAStem(string a, string b) => Assert.Equal(WordForms.Stem(b), WordForms.Stem(a));

    [Theory]
    [InlineData("pipe", "pipeline")]
    [InlineData("us", "use")]
    [InlineData("gas", "gasoline")]
    [InlineData("bring", "br")]
    [InlineData("nation", "national")]
    public void DifferentWordsKeepDifferentStems(string a, string b) => Assert.NotEqual(WordForms.Stem(b), WordForms.Stem(a));
}
