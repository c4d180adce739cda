using IranPakistan.Web.Shared.FullText;

namespace IranPakistan.Web.Tests.Shared.FullText;

/// <summary>
/// Script folding: the spellings Persian, Urdu and Arabic keyboards give one word fold to one key, at
/// index time and at query time (<see cref="TextFolding.Key"/> is both).
/// </summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("ايران", "ایران")] // Arabic yeh
    [InlineData("ايران", "إيران")] // hamza below
    [InlineData("پاكستان", "پاکستان")] // Arabic kaf
    [InlineData("كراچي", "کراچی")] // Arabic kaf and yeh
    [InlineData("خامنهٔ", "خامنه")] // hamza above heh
    [InlineData("خامنۀ", "خامنه")] // heh with yeh above
    [InlineData("تہران", "تهران")] // Urdu heh goal
    [InlineData("تەهران", "تههران")] // ae
    [InlineData("غزة", "غزه")] // teh marbuta
    [InlineData("آباد", "اباد")] // madda
    [InlineData("أفغانستان", "افغانستان")] // hamza above alef
    [InlineData("رئیسی", "رییسی")] // yeh with hamza
    [InlineData("مؤسسه", "موسسه")] // waw with hamza
    [InlineData("پـاکـسـتـان", "پاکستان")] // tatweel
    [InlineData("مُحَمَّد", "محمد")] // harakat
    [InlineData("رئيسي", "رئیسی")] // every variant at once
    public void VariantsFoldToOneKey(string typed, string indexed) =>
        Assert.Equal(TextFolding.Key(indexed), TextFolding.Key(typed));

    [Fact]
    public void FoldedPersianUsesPersianLetters() =>
        Assert.Equal("ایران", TextFolding.Fold("ايران"));

    [Fact]
    public void DistinctLettersStayDistinct()
    {
        // Urdu ے (yeh barree), ھ (do-chashmi heh) and ں (noon ghunna) are letters of their own.
        Assert.NotEqual(TextFolding.Fold("ے"), TextFolding.Fold("ی"));
        Assert.NotEqual(TextFolding.Fold("ھ"), TextFolding.Fold("ه"));
        Assert.NotEqual(TextFolding.Fold("ں"), TextFolding.Fold("ن"));
        Assert.NotEqual(TextFolding.Key("ایران"), TextFolding.Key("توران"));
    }

    [Theory]
    [InlineData("۱۴۰۲", "1402")] // Persian digits
    [InlineData("۱٤۰۲", "1402")] // Urdu keyboards mix both sets
    [InlineData("١٤٠٢", "1402")] // Arabic-Indic digits
    public void DigitsFoldToAscii(string typed, string ascii) => Assert.Equal(ascii, TextFolding.Key(typed));

    [Fact]
    public void ZeroWidthNonJoinerSeparatesWordsLikeASpace()
    {
        // Persian writes "اسلام‌آباد" with a ZWNJ, Urdu "اسلام آباد" with a space: one key.
        Assert.Equal(TextFolding.Key("اسلام آباد"), TextFolding.Key("اسلام\u200Cآباد"));
        Assert.Equal(["اسلام", "آباد"], TextFolding.Words("اسلام\u200Cآباد"));
        Assert.Equal("خامنهای", TextFolding.Fold("خامنه\u200Cای"));
    }

    [Theory]
    [InlineData("Chābahār", "chabahar")]
    [InlineData("PAKISTAN", "pakistan")]
    [InlineData("Türkiye", "turkiye")]
    public void LatinFoldingIsUnchanged(string typed, string key) => Assert.Equal(key, TextFolding.Key(typed));

    [Fact]
    public void MixedScriptTextKeepsBothScripts() =>
        Assert.Equal("iran ایران 2024", TextFolding.Key("Iran (ايران), ۲۰۲۴"));
}
