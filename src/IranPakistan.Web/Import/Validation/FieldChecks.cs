using IranPakistan.Web.Data;

namespace IranPakistan.Web.Import.Validation;

/// <summary>Required keys and controlled vocabulary: a missing or unknown value is an error at the item's line.</summary>
internal static class FieldChecks
{
    public static string Required(this FileContext file, SeedNode seed, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            file.Error(seed.Line, $"missing '{key}'");
            return "";
        }

        return value.Trim();
    }

    public static T Missing<T>(this FileContext file, SeedNode seed, string key, T fallback)
    {
        file.Error(seed.Line, $"missing '{key}'");
        return fallback;
    }

    public static TEnum Enum<TEnum>(this FileContext file, SeedNode seed, string? value, string key) where TEnum : struct, Enum
    {
        if (Vocabulary.FromKebab<TEnum>(value) is { } parsed)
        {
            return parsed;
        }

        var allowed = string.Join(", ", System.Enum.GetValues<TEnum>().Select(Vocabulary.ToKebab));
        file.Error(seed.Line, value is null ? $"missing '{key}' (one of: {allowed})" : $"'{key}' is '{value}', expected one of: {allowed}");
        return default;
    }

    public static string OneOf(this FileContext file, SeedNode seed, string? value, string key, IReadOnlyList<string> allowed)
    {
        if (value is not null && allowed.Contains(value))
        {
            return value;
        }

        file.Error(seed.Line, value is null
            ? $"missing '{key}' (one of: {string.Join(", ", allowed)})"
            : $"'{key}' is '{value}', expected one of: {string.Join(", ", allowed)}");
        return value ?? "";
    }

    /// <summary>Names and spellings, trimmed, blanks and repeats dropped.</summary>
    public static List<string> Aliases(List<string>? aliases) =>
        aliases?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct().ToList() ?? [];
}
