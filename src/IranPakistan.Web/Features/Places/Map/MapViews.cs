namespace IranPakistan.Web.Features.Places.Map;

/// <summary>A named view of the map, reachable as <c>/map?focus={Key}</c> (no JavaScript needed).</summary>
public sealed record MapPreset(string Key, string Label, ViewBox View);

/// <summary>The map's preset views and how wide a view around one place is.</summary>
public static class MapViews
{
    /// <summary>The Iran–Pakistan border: the crossings, Saravan, Gwadar, Chahbahar, Quetta and Karachi.</summary>
    public static MapPreset Border { get; } = new("border", "Border region", ViewBox.Around(new(58.3, 23.6), new(68.2, 31.4)));

    /// <summary>From the Levant and the Gulf to Kashmir: most places the source names.</summary>
    public static MapPreset Region { get; } = new("region", "Middle East and South Asia", ViewBox.Around(new(32, 21), new(79, 41)));

    /// <summary>Every place, Davos and Beijing included.</summary>
    public static MapPreset All { get; } = new("all", "All places", ViewBox.Around(new(4, 18), new(121, 50)));

    public static IReadOnlyList<MapPreset> Presets { get; } = [Border, Region, All];

    public static MapPreset Default => Region;

    /// <summary>The width of a view centred on one place (about 13° of longitude): the place and its neighbours.</summary>
    public const double PlaceWidth = 110;

    public static MapPreset? Find(string? key) => Presets.FirstOrDefault(p => p.Key == key);

    public static ViewBox Around(MapPlace place, double width = PlaceWidth) => ViewBox.Centred(place.At.X, place.At.Y, width);
}
