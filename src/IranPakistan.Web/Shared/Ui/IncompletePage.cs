namespace IranPakistan.Web.Shared.Ui;

/// <summary>
/// A page that rendered without part of what it shows (the database could not be read for it) says so
/// here, and the static-first cache does not keep it: the next reader gets the whole page again.
/// </summary>
public static class IncompletePage
{
    private static readonly object _key = new();

    public static void Mark(HttpContext? context) => context?.Items[_key] = true;

    public static bool IsMarked(HttpContext context) => context.Items.ContainsKey(_key);
}
