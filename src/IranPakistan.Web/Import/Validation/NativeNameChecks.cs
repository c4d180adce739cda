using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Import.Validation;

/// <summary>
/// An actor's or place's <c>native_names</c>: language tags from <see cref="NativeNames.Languages"/>,
/// each name in Arabic script only (<see cref="NativeNames.Problem"/>). Errors name the item and the field.
/// </summary>
internal static class NativeNameChecks
{
    public static (string? Fa, string? Ur) Check(this FileContext file, SeedNode seed, Dictionary<string, string?>? names, string item)
    {
        if (names is null)
        {
            return (null, null);
        }

        string? fa = null, ur = null;
        foreach (var (lang, text) in names)
        {
            if (!NativeNames.Languages.Contains(lang))
            {
                file.Error(seed.Line, $"{item}: native_names: '{lang}' is not a language tag we take; expected one of: {string.Join(", ", NativeNames.Languages)}");
                continue;
            }

            if (NativeNames.Problem(text ?? "") is { } problem)
            {
                file.Error(seed.Line, $"{item}: native_names.{lang}: '{text}' {problem}");
                continue;
            }

            if (lang == "fa")
            {
                fa = text;
            }
            else
            {
                ur = text;
            }
        }

        return (fa, ur);
    }
}
